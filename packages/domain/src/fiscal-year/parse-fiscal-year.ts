import { DomainError } from '../errors/domain-error.js';
import { compactInput } from '../text/normalize-input.js';
import { ERAS, findEra, type Era } from './era.js';
import { isFiscalYear, MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from './fiscal-year.js';

// Longest tokens first so that `平成` wins over the one-kanji `平`.
const ERA_TOKENS = ERAS.flatMap((era) => [era.name, era.kanji, era.letter])
  .sort((a, b) => b.length - a.length)
  .join('|');
const SUFFIX = '(?:年度|年)?';
const ERA_YEAR = '(元|\\d{1,3})';
// `R.5` appears in spreadsheets; the dot is optional. Three digits allow `昭和100年`-style counting.
const ERA_FORM = new RegExp(`^(${ERA_TOKENS})\\.?${ERA_YEAR}${SUFFIX}$`, 'u');
// Exactly four digits: a five-digit `20234` is a typo, not the year 20234.
const SEIREKI_FORM = new RegExp(`^(\\d{4})${SUFFIX}$`, 'u');
const BARE_ERA_YEAR = new RegExp(`^${ERA_YEAR}${SUFFIX}$`, 'u');

export interface ParsedFiscalYear {
  readonly fiscalYear: number;
  /** The era written, so a range like `H30～34` can lend it to its second half. */
  readonly era: Era | undefined;
}

function invalid(text: string): DomainError {
  return new DomainError(
    'invalid_fiscal_year',
    `年度を読み取れません（例: 令和5年度, R5, 2023年度。${MIN_FISCAL_YEAR}～${MAX_FISCAL_YEAR}年度）: ${text}`,
  );
}

function fromEra(era: Era, yearText: string, original: string): ParsedFiscalYear {
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  // Years past an era's end are kept on purpose: plans written before 2019 say `平成34年度`.
  const fiscalYear = era.start.year + eraYear - 1;
  if (eraYear < 1 || !isFiscalYear(fiscalYear)) throw invalid(original);
  return { fiscalYear, era };
}

/**
 * Parses already-compacted text (see `compactInput`). `inheritedEra` lets a bare era year such as
 * the `34` in `H30～34` borrow the era of the other half of a range.
 */
export function parseCompactFiscalYear(compact: string, original: string, inheritedEra?: Era): ParsedFiscalYear {
  const eraMatch = ERA_FORM.exec(compact);
  if (eraMatch) {
    const era = findEra(eraMatch[1] ?? '');
    if (!era) throw invalid(original);
    return fromEra(era, eraMatch[2] ?? '', original);
  }
  const seirekiMatch = SEIREKI_FORM.exec(compact);
  if (seirekiMatch) {
    const fiscalYear = Number(seirekiMatch[1]);
    if (!isFiscalYear(fiscalYear)) throw invalid(original);
    return { fiscalYear, era: undefined };
  }
  const bareMatch = inheritedEra ? BARE_ERA_YEAR.exec(compact) : null;
  if (inheritedEra && bareMatch) return fromEra(inheritedEra, bareMatch[1] ?? '', original);
  throw invalid(original);
}

/**
 * `令和5年度`, `R5`, `Ｒ５`, `r.5`, `令和元年度`, `令5`, `2023年度`, `２０２３` … → 2023-style number.
 * Case-, width- and space-insensitive.
 */
export function parseFiscalYear(text: string): number {
  return parseCompactFiscalYear(compactInput(text), text).fiscalYear;
}
