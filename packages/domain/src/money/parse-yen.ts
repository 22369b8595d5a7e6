import { DomainError } from '../errors/domain-error.js';
import { compactInput } from '../text/normalize-input.js';

// `▲`/`△` are the public-finance minus (決算書: ▲2,500 = −2,500). `−` is U+2212, which NFKC keeps.
const NEGATIVE_SIGNS = new Set(['-', '−', '▲', '△']);
const SIGN = '[+\\-−▲△]';
// After NFKC both `￥` and `¥` are U+00A5; `＼` is `\`, which is how ¥ shows in Shift_JIS fonts.
const CURRENCY = '[¥\\\\]';
// Power of ten for each multiplier word; longer words first so `千万` is not read as `千`.
const MULTIPLIERS: Readonly<Record<string, number>> = { 千万: 7, 百万: 6, 千: 3, 万: 4, 億: 8, 兆: 12 };
const MULTIPLIER = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length).join('|');

// Either the sign or the currency mark may come first (`-¥1,000`, `¥-1,000`, `▲¥1,000`).
const AMOUNT = new RegExp(
  `^(${SIGN})?(${CURRENCY})?(${SIGN})?([\\d,]+)(?:\\.(\\d+))?(${MULTIPLIER})?円?$`,
  'u',
);
// Comma grouping is strict: either no commas, or 1–3 leading digits then groups of exactly three.
// `1,0,0`, `10,00` and `1,00,000` are junk rather than guessed at.
const INTEGER_PART = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/u;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function invalid(text: string): DomainError {
  return new DomainError('invalid_amount', `金額を円単位の整数として読み取れません: ${text}`);
}

/**
 * Reads an amount into integer yen: `1,000`, `￥1,000`, `1000円`, `12千円`, `3百万円`, `1.5千円`,
 * `2億円`, `1万円`, `▲2,500`, `+100`. A unit word works with or without the trailing `円`.
 *
 * The arithmetic is done on the digit string (scaling by moving the decimal point) so `1.1千円`
 * is exactly 1100, with no binary floating-point error. A fraction that survives scaling
 * (`1.5円`, `1.0001千円`) is rejected, but `1.0円` is whole and accepted.
 */
export function parseYen(text: string): number {
  const match = AMOUNT.exec(compactInput(text));
  if (!match) throw invalid(text);
  const [, signBefore, , signAfter, integerPart = '', fraction = '', multiplier] = match;
  if ((signBefore && signAfter) || !INTEGER_PART.test(integerPart)) throw invalid(text);

  const digits = integerPart.replaceAll(',', '') + fraction;
  const shift = (multiplier ? (MULTIPLIERS[multiplier] ?? 0) : 0) - fraction.length;
  let wholeDigits: string;
  if (shift >= 0) {
    wholeDigits = digits + '0'.repeat(shift);
  } else {
    const dropped = digits.slice(shift);
    if (/[^0]/u.test(dropped)) throw invalid(text);
    wholeDigits = digits.slice(0, shift) || '0';
  }

  const magnitude = BigInt(wholeDigits);
  if (magnitude > MAX_SAFE) throw invalid(text);
  const value = Number(magnitude);
  const sign = signBefore ?? signAfter;
  // `-0` would leak through JSON as 0 anyway, but Object.is comparisons in callers should not see it.
  return sign !== undefined && NEGATIVE_SIGNS.has(sign) && value !== 0 ? -value : value;
}
