import { DomainError } from '../errors/domain-error.js';
import { compactInput } from '../text/normalize-input.js';
import { parseCompactFiscalYear } from './parse-fiscal-year.js';

// After NFKC: `～`→`~`, `－`→`-`, `‑`→`‐`, `ｰ`→`ー`. None of these occurs inside a fiscal year as
// we accept it (no dates, no negative numbers), so a plain split is unambiguous.
const SEPARATORS = /[~〜\-ー‐–—―−]/u;

export interface FiscalYearRange {
  readonly start: number;
  readonly end: number;
}

/** `H30～H34`, `平成30年度～令和4年度`, `R5-R9`, `2023〜2027年度`, `平成28～32年度`. */
export function parseFiscalYearRange(text: string): FiscalYearRange {
  const parts = compactInput(text).split(SEPARATORS);
  if (parts.length !== 2) {
    throw new DomainError('invalid_fiscal_year', `年度の範囲を読み取れません（例: R5～R9）: ${text}`);
  }
  const [left = '', right = ''] = parts;
  const start = parseCompactFiscalYear(left, text);
  const end = parseCompactFiscalYear(right, text, start.era);
  if (end.fiscalYear < start.fiscalYear) {
    throw new DomainError('invalid_fiscal_year_range', `終了年度が開始年度より前です: ${text}`);
  }
  return { start: start.fiscalYear, end: end.fiscalYear };
}
