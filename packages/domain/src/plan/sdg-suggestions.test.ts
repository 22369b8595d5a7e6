import { describe, it, expect } from 'vitest';
import { SDG_GOAL_LABELS_JA, SDG_KEYWORDS, suggestSdgGoals } from './sdg-suggestions.js';

const goals = (text: string) => suggestSdgGoals(text).map(({ goal }) => goal);

describe('SDG tables', () => {
  it('names all 17 goals in Japanese', () => {
    expect(Object.keys(SDG_GOAL_LABELS_JA).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(SDG_GOAL_LABELS_JA[1]).toBe('貧困をなくそう');
    expect(SDG_GOAL_LABELS_JA[11]).toBe('住み続けられるまちづくりを');
    expect(SDG_GOAL_LABELS_JA[17]).toBe('パートナーシップで目標を達成しよう');
  });

  it('has 8–20 distinct keywords for every goal', () => {
    for (let goal = 1; goal <= 17; goal++) {
      const keywords = SDG_KEYWORDS[goal] ?? [];
      expect(keywords.length).toBeGreaterThanOrEqual(8);
      expect(keywords.length).toBeLessThanOrEqual(20);
      expect(new Set(keywords).size).toBe(keywords.length);
    }
  });
});

describe('suggestSdgGoals', () => {
  it('suggests the goals a typical reform plan touches, most matches first', () => {
    const text = '庁内のペーパーレス化とRPA・AIの活用によるデジタル化を推進し、ごみ減量にもつなげる';
    const result = suggestSdgGoals(text);
    expect(result[0]).toEqual({ goal: 9, matched: ['デジタル', 'AI', 'RPA'] });
    expect(result[1]).toEqual({ goal: 12, matched: ['ペーパーレス', 'ごみ', '減量'] });
  });

  it('breaks ties by goal number', () => {
    expect(goals('図書館と太陽光')).toEqual([4, 7]);
    expect(goals('太陽光と図書館')).toEqual([4, 7]);
  });

  it('recognises the programmes of the reference city', () => {
    expect(goals('指定管理者制度の導入による民間活力の活用')).toEqual([17]);
    expect(goals('公共施設の再配置')[0]).toBe(11);
    expect(goals('男女共同参画の推進')).toEqual([5]);
    expect(goals('国際交流の推進と多言語による情報発信')).toEqual([10]);
  });

  it('reads full-width and lower-case Latin keywords', () => {
    expect(goals('ＬＥＤ照明への更新')).toEqual([7]);
    expect(goals('dxの推進')).toEqual([9]);
  });

  it('does not find a Latin keyword inside a longer word', () => {
    expect(goals('email と level')).toEqual([]);
    expect(goals('AIチャットボット')).toEqual([9]);
  });

  it('counts a keyword inside a longer matched one of the same goal once', () => {
    expect(suggestSdgGoals('生涯学習の推進')).toEqual([{ goal: 4, matched: ['生涯学習'] }]);
    expect(suggestSdgGoals('省エネルギー')).toEqual(
      expect.arrayContaining([{ goal: 7, matched: ['省エネルギー'] }]),
    );
  });

  it('suggests nothing for text without keywords', () => {
    expect(suggestSdgGoals('')).toEqual([]);
    expect(suggestSdgGoals('例規集の更新')).toEqual([]);
  });
});
