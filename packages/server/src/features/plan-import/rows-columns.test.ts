import { describe, expect, it } from 'vitest';
import { suggestMapping, yenScaleOf } from './rows-columns.js';

const columns = (...headers: string[]) => headers.map((header, i) => ({ column: String.fromCharCode(65 + i), header, samples: [] }));

describe('suggesting a column mapping from Japanese headings', () => {
  it('maps the usual headings whatever their order, width or bracketed note', () => {
    expect(suggestMapping(columns('所管課', '実施計画名', '計画番号', '開始年度', '終了年度', '目標指標', '目標値', 'ＳＤＧｓ', '取組内容（概要）'))).toEqual({
      leadDepartment: 'A',
      title: 'B',
      number: 'C',
      startFiscalYear: 'D',
      endFiscalYear: 'E',
      targetIndicator: 'F',
      targetValue: 'G',
      sdgGoals: 'H',
      actions: 'I',
    });
  });

  it('lets one 計画期間 column serve as start and end, and matches a heading containing a known word', () => {
    expect(suggestMapping(columns('No.', '取組名', '計画期間', '担当課名', '備考'))).toEqual({
      number: 'A',
      title: 'B',
      startFiscalYear: 'C',
      endFiscalYear: 'C',
      leadDepartment: 'D',
    });
  });

  it('uses each column once and leaves unknown headings unmapped', () => {
    expect(suggestMapping(columns('取組名', '計画名', '備考'))).toEqual({ title: 'A' });
  });

  it('reads the unit of an amount column from its heading', () => {
    expect([yenScaleOf('効果額（千円）'), yenScaleOf('効果額(百万円)'), yenScaleOf('財政効果（円）'), yenScaleOf('効果額')]).toEqual([1000, 1_000_000, 1, 1]);
  });
});
