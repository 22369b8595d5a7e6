import { z } from 'zod';

/**
 * Stable machine-readable error codes. Clients branch on these, never on messages,
 * so a code once published is never renamed.
 */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'too_many_attempts',
  'csrf_invalid',
  'forbidden',
  'not_found',
  'edit_conflict',
  'login_id_taken',
  'department_ended',
  'invalid_reorganisation',
  'invalid_date',
  'invalid_local_government_code',
  'cannot_demote_self',
  'municipality_code_taken',
  'invalid_fiscal_year_range',
  'invalid_outline_transition',
  'invalid_period_extension',
  'reason_required',
  'framework_too_deep',
  'framework_cycle',
  'outline_closed',
  'outline_not_draft',
  'node_has_plans',
  'node_has_children',
  'invalid_reference',
  'plan_check_failed',
  'plan_number_taken',
  'plan_has_successors',
  'plan_has_merged_proposals',
  'invalid_proposal_transition',
  'proposal_action_forbidden',
  'proposal_locked',
  'invalid_call_period',
  'call_not_open',
  'not_a_proposal',
  'invalid_merge',
  'department_has_proposals',
  'unreadable_workbook',
  'import_has_errors',
  'import_conflict',
  'import_already_committed',
  'import_mapping_required',
  'invalid_report_transition',
  'report_action_forbidden',
  'report_locked',
  'report_round_exists',
  'report_incomplete',
  'node_evaluation_not_enabled',
  'outline_not_in_force',
  'invalid_settings_code',
  'database_unavailable',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Field-level problems for forms: the path of the offending field and its code. */
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() }))
      .optional(),
  }),
});

export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
