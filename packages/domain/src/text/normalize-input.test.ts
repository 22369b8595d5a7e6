import { describe, it, expect } from 'vitest';
import { compactInput, normalizeInput } from './normalize-input.js';

describe('normalizeInput', () => {
  it('folds full-width digits and letters to half-width', () => {
    expect(normalizeInput('２０２３')).toBe('2023');
    expect(normalizeInput('Ｒ５')).toBe('R5');
  });

  it('trims surrounding half- and full-width spaces but keeps inner ones', () => {
    expect(normalizeInput('\u3000 1 000\u3000')).toBe('1 000');
  });

  it('maps ￥, ～ and － the NFKC way, and leaves ▲ △ − untouched', () => {
    expect(normalizeInput('￥～－')).toBe('¥~-');
    expect(normalizeInput('▲△−')).toBe('▲△−');
  });

  it('expands the square era ligatures', () => {
    expect(normalizeInput('㍻㋿')).toBe('平成令和');
  });
});

describe('compactInput', () => {
  it('drops inner spaces (full-width too) and upper-cases', () => {
    expect(compactInput(' r 5\u3000年度 ')).toBe('R5年度');
  });
});
