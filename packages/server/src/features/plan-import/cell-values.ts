import { compactInput, isDomainError, normalizeInput, parseFiscalYear, parseFiscalYearRange, parseYen, type FiscalYearRange } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';

/**
 * Reading one spreadsheet cell into a sheet value. Every reader takes what ExcelJS gives (a
 * number, a string, rich text, a formula with its cached result …) and answers the value, `null`
 * for a blank cell, or a problem in Japanese — never throws, so one bad cell never hides the next.
 */
export type CellReading<T> = { value: T } | { problem: { code: string; message: string } };

export const isProblem = <T>(reading: CellReading<T>): reading is { problem: { code: string; message: string } } => 'problem' in reading;

const problem = (code: string, message: string): { problem: { code: string; message: string } } => ({ problem: { code, message } });

/** The text Excel shows for the cell: rich-text runs joined, a formula's last result, a link's text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return '';
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Free text as written, line breaks kept (Excel stores Alt+Enter as `\n`, some tools as `\r\n`). */
export const readText = (value: ExcelJS.CellValue): string => cellText(value).replace(/\r\n?/gu, '\n').trim();

const isBlank = (value: ExcelJS.CellValue) => normalizeInput(cellText(value)) === '';

/** The number a formula or a plain cell holds, when it holds one. */
function numberIn(value: ExcelJS.CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return undefined;
}

function fromDomain<T>(read: () => T): CellReading<T> {
  try {
    return { value: read() };
  } catch (error) {
    if (isDomainError(error)) return problem(error.code, error.message);
    throw error;
  }
}

/** `令和5年度`, `R5`, `H30`, `２０２３`, or the number 2023 Excel made of a typed year. */
export function readFiscalYear(value: ExcelJS.CellValue): CellReading<number | null> {
  if (isBlank(value)) return { value: null };
  const number = numberIn(value);
  return fromDomain(() => parseFiscalYear(number === undefined ? cellText(value) : String(number)));
}

/** `R5～R9`, `平成30年度～令和4年度`; a single year is a one-year period. */
export function readFiscalYearRange(value: ExcelJS.CellValue): CellReading<FiscalYearRange | null> {
  if (isBlank(value)) return { value: null };
  const single = readFiscalYear(value);
  if (!isProblem(single) && single.value !== null) return { value: { start: single.value, end: single.value } };
  return fromDomain(() => parseFiscalYearRange(cellText(value)));
}

/** Integer yen: `￥１，０００`, `▲2,500`, `12千円`, or a whole number cell; `scale` for a column headed 千円. */
export function readYen(value: ExcelJS.CellValue, scale = 1): CellReading<number | null> {
  if (isBlank(value)) return { value: null };
  const number = numberIn(value);
  const yen = number === undefined ? fromDomain(() => parseYen(cellText(value))) : { value: number };
  if (isProblem(yen)) return yen;
  const scaled = yen.value * scale;
  if (!Number.isSafeInteger(scaled)) return problem('invalid_amount', `金額を円単位の整数として読み取れません: ${cellText(value)}`);
  return { value: scaled };
}

// Strict thousands grouping, as parseYen: `1,0,0` is a typo rather than a hundred.
const QUANTITY = /^([+\-−▲△])?(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?$/u;

/** A target figure: decimals kept, full-width digits and `▲` read, `1,200` grouped. */
export function readQuantity(value: ExcelJS.CellValue): CellReading<number | null> {
  if (isBlank(value)) return { value: null };
  const number = numberIn(value);
  if (number !== undefined) return Number.isFinite(number) ? { value: number } : problem('invalid_number', '数値を読み取れません。');
  const text = cellText(value);
  const match = QUANTITY.exec(compactInput(text));
  if (!match) return problem('invalid_number', `数値を読み取れません（例: 120, 1,200, 85.5, ▲10）: ${text}`);
  const [, sign, integer = '', fraction = ''] = match;
  const magnitude = Number(integer.replaceAll(',', '') + fraction);
  return { value: sign && sign !== '+' && magnitude !== 0 ? -magnitude : magnitude };
}

/** A drop-down's values by `choiceKey` of their labels and of words people type for them; `labels` are what it offers. */
export interface Choices<T> {
  readonly byKey: ReadonlyMap<string, T>;
  readonly labels: readonly string[];
}

/**
 * One of a fixed set of labels, compared width- and space-insensitively: `改革`, `（改革）` and
 * `改 革` are the same choice.
 */
export function readChoice<T>(value: ExcelJS.CellValue, choices: Choices<T>): CellReading<T | null> {
  if (isBlank(value)) return { value: null };
  const found = choices.byKey.get(choiceKey(cellText(value)));
  if (found !== undefined) return { value: found };
  return problem('invalid_choice', `「${choices.labels.join('」「')}」のどれかを選んでください: ${cellText(value)}`);
}

/** The key `readChoice` compares by: width-folded, spaces and brackets dropped. */
export const choiceKey = (text: string): string => compactInput(text).replace(/[()（）［］\[\]]/gu, '');

// Department names may contain `・`, so only commas, semicolons and line breaks separate list items.
const LIST_SEPARATORS = /[、,，;；\n]+/u;

/** `財政課、職員課` or one per line → the names, blanks dropped. */
export const readList = (value: ExcelJS.CellValue): string[] =>
  readText(value)
    .split(LIST_SEPARATORS)
    .map((item) => normalizeInput(item))
    .filter((item) => item !== '');

const GOAL_LIST = /^\d{1,2}(?:[、,，・/\s]+\d{1,2})*$/u;
const GOAL_WITH_NAME = /^(\d{1,2})(?:\D.*)?$/su;

/**
 * SDG goals: `9`, `9 産業と技術革新の基盤をつくろう` (a drop-down choice) or a typed list such as
 * `9、11、16`. Only 1–17 exist.
 */
export function readSdgGoals(value: ExcelJS.CellValue): CellReading<number[]> {
  if (isBlank(value)) return { value: [] };
  const text = normalizeInput(cellText(value));
  const numbers = GOAL_LIST.test(text)
    ? text.split(/[^\d]+/u).filter(Boolean).map(Number)
    : [Number(GOAL_WITH_NAME.exec(text)?.[1] ?? Number.NaN)];
  if (numbers.every((goal) => Number.isInteger(goal) && goal >= 1 && goal <= 17)) return { value: numbers };
  return problem('invalid_sdg_goal', `SDGsの目標は1～17の番号で入力してください: ${cellText(value)}`);
}
