export { DOMAIN_ERROR_CODES, DomainError, isDomainError, type DomainErrorCode } from './errors/domain-error.js';
export { compactInput, normalizeInput } from './text/normalize-input.js';
export { japanCalendarDate, type CalendarDate } from './calendar/japan-time.js';
export { dayBefore, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate, todayInJapan } from './calendar/iso-date.js';
export { ERAS, eraOfFiscalYear, findEra, type Era } from './fiscal-year/era.js';
export {
  assertFiscalYear,
  fiscalYearOf,
  formatFiscalYear,
  isFiscalYear,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  type FiscalYearStyle,
} from './fiscal-year/fiscal-year.js';
export { parseFiscalYear } from './fiscal-year/parse-fiscal-year.js';
export { parseFiscalYearRange, type FiscalYearRange } from './fiscal-year/parse-fiscal-year-range.js';
export { fiscalYearsBetween } from './fiscal-year/fiscal-year-range.js';
export { parseYen } from './money/parse-yen.js';
export { formatYen, groupThousands, type YenRounding, type YenUnit } from './money/format-yen.js';
export {
  achievementRate,
  isTargetDirection,
  TARGET_DIRECTIONS,
  type AchievementInput,
  type AchievementResult,
  type TargetDirection,
} from './target/achievement-rate.js';
export { isValidLocalGovernmentCode, localGovernmentCheckDigit } from './municipality/local-government-code.js';
export {
  currentSuccessors,
  primarySuccessor,
  type DepartmentLink,
  type LineageQuery,
} from './organisation/department-lineage.js';
export {
  REORGANISATION_KINDS,
  validateReorganisation,
  type Reorganisation,
  type ReorganisationKind,
} from './organisation/reorganisation.js';
export {
  DEPARTMENT_SCOPED_ROLES,
  isDepartmentScopedRole,
  isRole,
  ROLES,
  type DepartmentScopedRole,
  type Role,
} from './organisation/roles.js';
