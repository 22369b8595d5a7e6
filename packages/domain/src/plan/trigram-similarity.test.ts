import { describe, it, expect } from 'vitest';
import { textTrigrams, trigramSimilarity } from './trigram-similarity.js';

describe('textTrigrams', () => {
  it('cuts text into overlapping three-character grams', () => {
    expect(textTrigrams('公共施設再配置')).toEqual(new Set(['公共施', '共施設', '施設再', '設再配', '再配置']));
  });

  it('ignores width, case, spaces and punctuation such as 「」、。・（）()', () => {
    expect(textTrigrams('「ＡＩ・ＲＰＡ」（導入）、推進。')).toEqual(textTrigrams('airpa導入推進'));
    expect(textTrigrams(' 電子 申請\u3000(拡充) ')).toEqual(textTrigrams('電子申請拡充'));
  });

  it('drops particles and connectives, in which titles of the same idea mostly differ', () => {
    expect(textTrigrams('窓口におけるキャッシュレス決済の導入')).toEqual(textTrigrams('窓口キャッシュレス決済導入'));
  });

  it('keeps a text shorter than three characters as a single gram', () => {
    expect(textTrigrams('ＤＸ')).toEqual(new Set(['dx']));
    expect(textTrigrams('（）、 ')).toEqual(new Set());
  });

  it('counts a character outside the BMP as one character', () => {
    expect(textTrigrams('𠮷野家店')).toEqual(new Set(['𠮷野家', '野家店']));
  });
});

describe('trigramSimilarity', () => {
  it('scores the same title written two ways high', () => {
    expect(trigramSimilarity('窓口業務のキャッシュレス決済導入', '窓口におけるキャッシュレス決済の導入')).toBeGreaterThan(0.5);
    expect(trigramSimilarity('会議録作成へのAI活用', 'ＡＩを活用した会議録作成')).toBeGreaterThan(0.4);
  });

  it('scores unrelated titles 0 and titles sharing only a subject low', () => {
    expect(trigramSimilarity('窓口業務のキャッシュレス決済導入', '公共施設の長寿命化')).toBe(0);
    expect(trigramSimilarity('公共施設の長寿命化', '公共施設の再配置')).toBeLessThan(0.3);
  });

  it('is 1 for identical texts and symmetric', () => {
    expect(trigramSimilarity('ペーパーレス化の推進', 'ペーパーレス化の推進')).toBe(1);
    const a = '庁内のペーパーレス化';
    const b = '庁内会議のペーパーレス化の推進';
    expect(trigramSimilarity(a, b)).toBe(trigramSimilarity(b, a));
  });

  it('compares a short text by bigrams or characters instead of scoring it 0', () => {
    expect(trigramSimilarity('DX', 'DX推進')).toBeCloseTo(1 / 3);
    expect(trigramSimilarity('DX', 'ＤＸ')).toBe(1);
    expect(trigramSimilarity('税', '市税')).toBe(0.5);
  });

  it('finds nothing similar to an empty text', () => {
    expect(trigramSimilarity('', '')).toBe(0);
    expect(trigramSimilarity('、。', '窓口')).toBe(0);
  });
});
