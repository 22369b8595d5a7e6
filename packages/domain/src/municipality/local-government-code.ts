import { DomainError } from '../errors/domain-error.js';
import { compactInput } from '../text/normalize-input.js';

// 全国地方公共団体コード: 2-digit prefecture + 3-digit municipality + a modulus-11 check digit.
const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** Check digit of the first five digits: (11 − Σ dᵢwᵢ mod 11) mod 10, weights 6,5,4,3,2. */
export function localGovernmentCheckDigit(first5: string): number {
  const digits = compactInput(first5);
  if (!/^\d{5}$/u.test(digits)) {
    throw new DomainError('invalid_local_government_code', `団体コードの上5桁は数字5桁です: ${first5}`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += Number(digits[index]) * weight;
  });
  return (11 - (sum % 11)) % 10;
}

/** `112119` (本庄市) → true; full-width digits and spaces are folded first. */
export function isValidLocalGovernmentCode(code: string): boolean {
  const digits = compactInput(code);
  if (!/^\d{6}$/u.test(digits)) return false;
  return localGovernmentCheckDigit(digits.slice(0, 5)) === Number(digits[5]);
}
