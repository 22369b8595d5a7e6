import type { PlanRef, PlanSheet } from '@gyokaku/contracts';
import { PLAN_CHECK_CODES, type PlanCheckCode } from '@gyokaku/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DocumentPlan } from '../../documents/document-inputs.js';
import { countsInTotals } from '../plan/plan-placements.js';

type Db = Kysely<Database>;

const isCheckCode = (code: string): code is PlanCheckCode => (PLAN_CHECK_CODES as readonly string[]).includes(code);

/**
 * Every plan of an outline as the documents print it, in four queries whatever the number of
 * plans (the plan API presents one plan with five): the rows, the department names, the plans
 * carried over, and the period extensions. Read-only; checks are the codes stored at the last
 * save, as the plan list shows them. Proposals not adopted or merged away are not printed.
 */
export async function listOutlinePlansForDocuments(
  db: Db,
  { municipalityId, outlineId }: { municipalityId: string; outlineId: string },
): Promise<DocumentPlan[]> {
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'sheet', 'check_codes'])
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outlineId)
    .where(countsInTotals('proposal_state'))
    .orderBy('number_sort')
    .execute();
  if (rows.length === 0) return [];
  const sheets = rows.map((row) => row.sheet as PlanSheet);
  const departmentIds = [...new Set(sheets.flatMap((sheet) => [sheet.leadDepartmentId, ...sheet.collaboratingDepartmentIds]))];
  const predecessorIds = [...new Set(sheets.flatMap((sheet) => (sheet.predecessorPlanId ? [sheet.predecessorPlanId] : [])))];

  const [departments, predecessors, extensions] = await Promise.all([
    db
      .selectFrom('department')
      .select(['id', 'name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', departmentIds)
      .execute(),
    predecessorIds.length === 0
      ? []
      : db
          .selectFrom('plan as p')
          .innerJoin('outline as o', (join) => join.onRef('o.id', '=', 'p.outline_id').onRef('o.municipality_id', '=', 'p.municipality_id'))
          .select(['p.id', 'p.number', 'p.title', 'p.outline_id', 'o.title as outline_title'])
          .where('p.municipality_id', '=', municipalityId)
          .where('p.id', 'in', predecessorIds)
          .execute(),
    // An extension is a version whose change is `period_extended`; the version before it holds the old end.
    db
      .selectFrom('plan_version as v')
      .innerJoin('plan_version as prev', (join) =>
        join.onRef('prev.plan_id', '=', 'v.plan_id').on('prev.version', '=', sql<number>`v.version - 1`),
      )
      .innerJoin('plan as p', (join) => join.onRef('p.id', '=', 'v.plan_id').onRef('p.municipality_id', '=', 'v.municipality_id'))
      .select([
        'v.plan_id',
        sql<number>`(prev.sheet->>'endFiscalYear')::int`.as('previous_end'),
        sql<number>`(v.sheet->>'endFiscalYear')::int`.as('end'),
        'v.reason',
      ])
      .where('v.municipality_id', '=', municipalityId)
      .where('p.outline_id', '=', outlineId)
      .where('v.change', '=', 'period_extended')
      .orderBy('v.plan_id')
      .orderBy('v.version')
      .execute(),
  ]);

  const departmentName = new Map(departments.map((row) => [row.id, row.name]));
  const department = (id: string) => ({ id, name: departmentName.get(id) ?? '' });
  const predecessorOf = new Map<string, PlanRef>(
    predecessors.map((row) => [row.id, { id: row.id, number: row.number, title: row.title, outlineId: row.outline_id, outlineTitle: row.outline_title }]),
  );
  const extensionsOf = new Map<string, DocumentPlan['periodChanges']>();
  for (const row of extensions) {
    const list = extensionsOf.get(row.plan_id) ?? [];
    list.push({ previousEndFiscalYear: Number(row.previous_end), endFiscalYear: Number(row.end), reason: row.reason });
    extensionsOf.set(row.plan_id, list);
  }

  return rows.map((row, i) => {
    const sheet = sheets[i]!;
    return {
      ...sheet,
      id: row.id,
      leadDepartment: department(sheet.leadDepartmentId),
      collaboratingDepartments: sheet.collaboratingDepartmentIds.map(department),
      predecessorPlan: (sheet.predecessorPlanId && predecessorOf.get(sheet.predecessorPlanId)) || null,
      periodChanges: extensionsOf.get(row.id) ?? [],
      checks: row.check_codes.filter(isCheckCode).map((code) => ({ code })),
    };
  });
}
