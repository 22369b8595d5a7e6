import { describe, it, expect } from 'vitest';
import { DomainError, isDomainError } from './domain-error.js';

describe('DomainError', () => {
  it('is an Error carrying a stable code', () => {
    const error = new DomainError('invalid_amount', '金額が不正です');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid_amount');
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe('金額が不正です');
  });

  it('is recognised by isDomainError, and other errors are not', () => {
    expect(isDomainError(new DomainError('invalid_date', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'invalid_date' })).toBe(false);
  });
});
