import { describe, it, expect } from 'vitest';
import { isValidLocalGovernmentCode, localGovernmentCheckDigit } from './local-government-code.js';

describe('localGovernmentCheckDigit', () => {
  it('computes the modulus-11 check digit with weights 6,5,4,3,2', () => {
    expect(localGovernmentCheckDigit('11211')).toBe(9);
    expect(localGovernmentCheckDigit('13101')).toBe(6);
    expect(localGovernmentCheckDigit('01100')).toBe(2); // 札幌市 011002
    expect(localGovernmentCheckDigit('１３１０１')).toBe(6);
  });

  it('maps a remainder of 0 to 1 and a remainder of 1 to 0', () => {
    expect(localGovernmentCheckDigit('00000')).toBe(1);
    expect(localGovernmentCheckDigit('00040')).toBe(0); // 4×3 = 12, remainder 1
  });

  it('rejects anything that is not five digits', () => {
    for (const bad of ['1121', '112119', 'abcde', '']) {
      expect(() => localGovernmentCheckDigit(bad)).toThrow(expect.objectContaining({ code: 'invalid_local_government_code' }));
    }
  });
});

describe('isValidLocalGovernmentCode', () => {
  it('accepts codes whose sixth digit matches', () => {
    expect(isValidLocalGovernmentCode('112119')).toBe(true);
    expect(isValidLocalGovernmentCode('131016')).toBe(true);
    expect(isValidLocalGovernmentCode('011002')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidLocalGovernmentCode('112110')).toBe(false);
    expect(isValidLocalGovernmentCode('131017')).toBe(false);
  });

  it('folds full-width digits and spaces first', () => {
    expect(isValidLocalGovernmentCode('１１２１１９')).toBe(true);
    expect(isValidLocalGovernmentCode(' 112 119\u3000')).toBe(true);
  });

  it('returns false for anything that is not six digits', () => {
    for (const bad of ['', '11211', '1121190', '11211a', '-112119', '112-119', '11211.9']) {
      expect(isValidLocalGovernmentCode(bad)).toBe(false);
    }
  });
});
