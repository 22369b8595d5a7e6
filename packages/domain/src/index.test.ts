import { describe, it, expect } from 'vitest';
import * as domain from './index.js';

// Other tools call these by name; a missing re-export would only show up downstream.
describe('public API', () => {
  it.each([
    'DomainError', 'normalizeInput', 'fiscalYearOf', 'formatFiscalYear', 'parseFiscalYear', 'parseFiscalYearRange',
    'fiscalYearsBetween', 'parseYen', 'formatYen', 'achievementRate', 'TARGET_DIRECTIONS', 'isValidLocalGovernmentCode',
    'localGovernmentCheckDigit', 'currentSuccessors', 'primarySuccessor', 'validateReorganisation', 'dayBefore',
    'todayInJapan', 'ROLES', 'DEPARTMENT_SCOPED_ROLES', 'isDepartmentScopedRole',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });
});
