import type { OutlineChecksResponse, PlanCheckView, PlanSheet } from '@gyokaku/contracts';
import { findLikelyDuplicates, PLAN_CHECK_MESSAGES, PLAN_CHECK_SEVERITIES } from '@gyokaku/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { outlineForPlans } from '../outline/outline-for-plans.js';
import { countsInTotals } from './plan-placements.js';
import { checksFor } from './plan-validation.js';

type Db = Kysely<Database>;

const sameCodes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code, i) => code === b[i]);

/**
 * Re-runs the checks of an outline's plans after its period widened (an extension): only plans
 * flagged as running outside the old period can change, since a wider period raises no new
 * warning. Only `check_codes` changes — the sheets are untouched, so no version is made.
 */
export async function refreshPlanChecksAfterWidening(db: Db, options: { municipalityId: string; outlineId: string }): Promise<void> {
  const outline = await outlineForPlans(db, options);
  if (!outline) return;
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'sheet', 'check_codes'])
    .where('municipality_id', '=', options.municipalityId)
    .where('outline_id', '=', options.outlineId)
    .where(sql<boolean>`check_codes && ARRAY['start_year_before_outline', 'end_year_beyond_outline']::text[]`)
    .execute();
  for (const row of rows) {
    const codes = [...new Set(checksFor(row.sheet as PlanSheet, outline).map((check) => check.code))];
    if (sameCodes(codes, row.check_codes)) continue;
    await db
      .updateTable('plan')
      .set({ check_codes: codes })
      .where('municipality_id', '=', options.municipalityId)
      .where('id', '=', row.id)
      .execute();
  }
}

/**
 * The secretariat's review list: every plan the checks flag, and pairs of plans of different lead
 * departments that probably describe the same work (candidates for one cross-department plan).
 */
export async function outlineChecks(db: Db, auth: Auth, outlineId: string): Promise<OutlineChecksResponse> {
  const outline = await outlineForPlans(db, { municipalityId: auth.municipalityId, outlineId });
  if (!outline) throw notFound('行政改革大綱');
  // Only flagged plans bring their whole sheet; duplicate detection needs just title and aim.
  const rows = await db
    .selectFrom('plan as p')
    .innerJoin('department as d', (join) => join.onRef('d.id', '=', 'p.lead_department_id').onRef('d.municipality_id', '=', 'p.municipality_id'))
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.lead_department_id',
      'd.name as lead_name',
      sql<string>`coalesce(p.sheet->>'aim', '')`.as('aim'),
      sql<PlanSheet | null>`CASE WHEN cardinality(p.check_codes) > 0 THEN p.sheet END`.as('flagged_sheet'),
    ])
    .where('p.municipality_id', '=', auth.municipalityId)
    .where('p.outline_id', '=', outlineId)
    // Turned-down and merged proposals are settled: flagging them again would only be noise.
    .where(countsInTotals('p.proposal_state'))
    .orderBy('p.number_sort')
    .orderBy('p.id')
    .execute();

  const ref = (row: (typeof rows)[number]) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    leadDepartment: { id: row.lead_department_id, name: row.lead_name },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pairs = findLikelyDuplicates(
    rows.map((row) => ({ id: row.id, leadDepartmentId: row.lead_department_id, title: row.title, aim: row.aim })),
  );
  const duplicateChecks = new Map<string, PlanCheckView[]>();
  for (const { planIds } of pairs) {
    for (const [self, other] of [planIds, [planIds[1], planIds[0]]] as const) {
      const partner = byId.get(other)!;
      const list = duplicateChecks.get(self) ?? [];
      list.push({
        code: 'possible_duplicate',
        severity: PLAN_CHECK_SEVERITIES.possible_duplicate,
        field: 'title',
        message: `${partner.number}「${partner.title}」（${partner.lead_name}）：${PLAN_CHECK_MESSAGES.possible_duplicate}`,
      });
      duplicateChecks.set(self, list);
    }
  }

  const plans = rows.flatMap((row) => {
    const checks = [...(row.flagged_sheet ? checksFor(row.flagged_sheet, outline) : []), ...(duplicateChecks.get(row.id) ?? [])];
    return checks.length > 0 ? [{ ...ref(row), checks }] : [];
  });
  return {
    plans,
    duplicates: pairs.map(({ planIds, similarity }) => ({
      similarity: Math.round(similarity * 1000) / 1000,
      plans: planIds.map((id) => ref(byId.get(id)!)),
    })),
  };
}
