/**
 * Every rule violation in the domain surfaces as a DomainError so that callers (API, CLI,
 * importers) can map failures by `code` without parsing messages. Codes are part of the public
 * contract: add new ones, never rename.
 */
export const DOMAIN_ERROR_CODES = [
  'invalid_fiscal_year',
  'invalid_fiscal_year_range',
  'invalid_amount',
  'invalid_target',
  'invalid_local_government_code',
  'invalid_date',
  'invalid_reorganisation',
  'department_lineage_cycle',
  'department_lineage_ambiguous',
  'not_found',
  'framework_too_deep',
  'framework_cycle',
  'invalid_outline_transition',
  'invalid_period_extension',
  'reason_required',
  'invalid_proposal_transition',
  'proposal_action_forbidden',
  'invalid_call_period',
  'invalid_report_transition',
  'report_action_forbidden',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}

// `instanceof` can fail when two copies of the package end up loaded (built dist vs. source alias).
export function isDomainError(value: unknown): value is DomainError {
  return (
    value instanceof DomainError ||
    (value instanceof Error &&
      value.name === 'DomainError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
