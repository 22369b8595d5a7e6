import { normalizeInput } from '@gyokaku/domain';

const NEGATIVE = /^[▲△−-]/u;

/**
 * A target or baseline figure as staff type it: `１，２３４．５`, `▲12`, `3,000件`-free digits.
 * Returns null for a blank field and undefined for text that is not a number.
 */
export function parseQuantity(text: string): number | null | undefined {
  const folded = normalizeInput(text).replace(/[,\s]/gu, '');
  if (folded === '') return null;
  const negative = NEGATIVE.test(folded);
  const digits = negative ? folded.slice(1) : folded.replace(/^\+/u, '');
  if (!/^\d+(\.\d+)?$/u.test(digits)) return undefined;
  const value = Number(digits);
  return negative && value !== 0 ? -value : value;
}

const quantityFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });

/** `1234.5` → `1,234.5`; negatives with ▲ as on the printed sheets. */
export function formatQuantity(value: number): string {
  const text = quantityFormat.format(Math.abs(value));
  return value < 0 ? `▲${text}` : text;
}
