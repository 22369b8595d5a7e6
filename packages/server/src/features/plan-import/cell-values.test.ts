import { describe, expect, it } from 'vitest';
import { cellText, readChoice, readFiscalYear, readFiscalYearRange, readList, readQuantity, readSdgGoals, readText, readYen } from './cell-values.js';
import { DIRECTION_CHOICES, KIND_CHOICES } from './plan-vocabulary.js';

describe('reading cells', () => {
  it('takes the text Excel shows from rich text, formulas, links and line breaks', () => {
    expect(cellText({ richText: [{ text: '窓口' }, { text: 'の改善' }] })).toBe('窓口の改善');
    expect(cellText({ formula: 'A1*2', result: 240 })).toBe('240');
    expect(cellText({ text: '市のサイト', hyperlink: 'https://example.jp' })).toBe('市のサイト');
    expect(readText('  一行目\r\n二行目 ')).toBe('一行目\n二行目');
    expect(cellText(null)).toBe('');
  });

  it('reads 和暦, letters, full-width and plain years, and a year Excel stored as a number', () => {
    expect(readFiscalYear('令和５年度')).toEqual({ value: 2023 });
    expect(readFiscalYear('H30')).toEqual({ value: 2018 });
    expect(readFiscalYear('令和元年度')).toEqual({ value: 2019 });
    expect(readFiscalYear(2024)).toEqual({ value: 2024 });
    expect(readFiscalYear('  ')).toEqual({ value: null });
    expect(readFiscalYear('令和99年度x')).toEqual({ problem: { code: 'invalid_fiscal_year', message: expect.stringContaining('令和99年度x') } });
    expect(readFiscalYearRange('H30～34')).toEqual({ value: { start: 2018, end: 2022 } });
    expect(readFiscalYearRange('R5')).toEqual({ value: { start: 2023, end: 2023 } });
    expect(readFiscalYearRange('R9～R5')).toMatchObject({ problem: { code: 'invalid_fiscal_year_range' } });
  });

  it('reads yen with ▲, ￥, full-width digits and a 千円 column, and refuses fractions of a yen', () => {
    expect(readYen('▲１，０００')).toEqual({ value: -1000 });
    expect(readYen('￥1,200,000')).toEqual({ value: 1_200_000 });
    expect(readYen('1,200', 1000)).toEqual({ value: 1_200_000 });
    expect(readYen(5000)).toEqual({ value: 5000 });
    expect(readYen(12.5)).toMatchObject({ problem: { code: 'invalid_amount' } });
    expect(readYen('約100万')).toMatchObject({ problem: { code: 'invalid_amount' } });
  });

  it('reads target figures with decimals, grouping, ▲ and full-width digits', () => {
    expect(readQuantity('１２０')).toEqual({ value: 120 });
    expect(readQuantity('８０．５')).toEqual({ value: 80.5 });
    expect(readQuantity('1,200')).toEqual({ value: 1200 });
    expect(readQuantity('▲10')).toEqual({ value: -10 });
    expect(readQuantity(0.25)).toEqual({ value: 0.25 });
    expect(readQuantity('1,0,0')).toMatchObject({ problem: { code: 'invalid_number' } });
    expect(readQuantity('80%')).toMatchObject({ problem: { code: 'invalid_number' } });
  });

  it('matches a choice by its label or a word people type for it, width- and bracket-insensitively', () => {
    expect(readChoice('改革', KIND_CHOICES)).toEqual({ value: 'reform' });
    expect(readChoice('業務改善', KIND_CHOICES)).toEqual({ value: 'improvement' });
    expect(readChoice('維持（以上）', DIRECTION_CHOICES)).toEqual({ value: 'maintain-min' });
    expect(readChoice('減らす', DIRECTION_CHOICES)).toEqual({ value: 'decrease' });
    expect(readChoice('', DIRECTION_CHOICES)).toEqual({ value: null });
    expect(readChoice('いい感じ', KIND_CHOICES)).toEqual({ problem: { code: 'invalid_choice', message: '「改革」「改善」のどれかを選んでください: いい感じ' } });
  });

  it('splits lists on commas and line breaks but not on ・, and reads SDG goals as choices or typed lists', () => {
    expect(readList('財政課、子育て・福祉課\n職員課,')).toEqual(['財政課', '子育て・福祉課', '職員課']);
    expect(readSdgGoals('9 産業と技術革新の基盤をつくろう')).toEqual({ value: [9] });
    expect(readSdgGoals('１１、１６')).toEqual({ value: [11, 16] });
    expect(readSdgGoals(7)).toEqual({ value: [7] });
    expect(readSdgGoals('18')).toMatchObject({ problem: { code: 'invalid_sdg_goal' } });
    expect(readSdgGoals('')).toEqual({ value: [] });
  });
});
