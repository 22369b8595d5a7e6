import type { TargetTrajectory } from '@gyokaku/contracts';
import { compareRounds, fiscalYearsBetween } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { planNotFound } from '../plan/plan-read.js';
import { findPlanRow, sheetOf } from '../plan/plan.repository.js';
import { COUNTED_STATES } from './report-figures.js';

type Db = Kysely<Database>;

/**
 * Each numerical target's line over the plan's years: the value set for the year against the
 * actual of the year's latest signed-off report (the full year's, else the first half's).
 */
export async function targetTrajectory(db: Db, auth: Auth, planId: string): Promise<TargetTrajectory> {
  const plan = await findPlanRow(db, auth.municipalityId, planId);
  if (!plan) throw planNotFound();
  const sheet = sheetOf(plan);
  const reports = await db
    .selectFrom('progress_report as r')
    .innerJoin('report_round as rr', (join) => join.onRef('rr.municipality_id', '=', 'r.municipality_id').onRef('rr.id', '=', 'r.round_id'))
    .select(['r.actual_values', 'rr.fiscal_year', 'rr.period'])
    .where('r.municipality_id', '=', auth.municipalityId)
    .where('r.plan_id', '=', planId)
    .where('r.state', 'in', [...COUNTED_STATES])
    .execute();
  const latest = new Map<number, Record<string, number | null>>();
  for (const report of reports.sort((a, b) => compareRounds({ fiscalYear: a.fiscal_year, period: a.period }, { fiscalYear: b.fiscal_year, period: b.period }))) {
    latest.set(report.fiscal_year, report.actual_values);
  }
  const years = fiscalYearsBetween(sheet.startFiscalYear, sheet.endFiscalYear);
  return {
    targets: sheet.targets
      .filter((target) => target.direction !== null && target.values.some((entry) => entry.value !== null))
      .map((target) => ({
        targetId: target.id,
        indicator: target.indicator,
        unit: target.unit,
        direction: target.direction,
        baseline: target.baseline,
        baselineFiscalYear: target.baselineFiscalYear,
        points: years.map((fiscalYear) => ({
          fiscalYear,
          target: target.values.find((entry) => entry.fiscalYear === fiscalYear)?.value ?? null,
          actual: latest.get(fiscalYear)?.[target.id] ?? null,
        })),
      })),
  };
}
