import { DomainError } from '../errors/domain-error.js';

export type YenUnit = '円' | '千円' | '百万円';
export type YenRounding = 'half-up' | 'floor';

const DIVISORS: Readonly<Record<YenUnit, number>> = { 円: 1, 千円: 1_000, 百万円: 1_000_000 };

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/**
 * `182090568` → `182,090,568円` / `182,091千円` / `182百万円`; negatives as `▲2,500円`.
 *
 * Rounding applies to the magnitude, then the sign is put back, as Japanese financial tables do:
 * - `half-up` (四捨五入) rounds halves away from zero: ▲2,500円 → `▲3千円`, 1,500円 → `2千円`.
 * - `floor` (切り捨て) truncates the magnitude, i.e. toward zero: ▲2,500円 → `▲2千円`.
 * An amount that rounds to nothing is `0千円`, never `▲0千円`.
 */
export function formatYen(yen: number, unit: YenUnit, rounding: YenRounding = 'half-up'): string {
  if (!Number.isSafeInteger(yen)) {
    throw new DomainError('invalid_amount', `金額は安全な整数（円）で指定してください: ${String(yen)}`);
  }
  const divisor = DIVISORS[unit] as number | undefined;
  if (divisor === undefined || (rounding !== 'half-up' && rounding !== 'floor')) {
    throw new DomainError('invalid_amount', `未対応の単位または端数処理です: ${String(unit)} / ${String(rounding)}`);
  }
  const magnitude = Math.abs(yen);
  // `%` is exact on safe integers and dividing an exact multiple is exact, so no reasoning about
  // how `m / d` rounds near 2^53 is needed.
  const remainder = magnitude % divisor;
  const quotient = (magnitude - remainder) / divisor;
  const rounded = rounding === 'half-up' && remainder * 2 >= divisor ? quotient + 1 : quotient;
  const sign = yen < 0 && rounded !== 0 ? '▲' : '';
  return `${sign}${groupThousands(String(rounded))}${unit}`;
}
