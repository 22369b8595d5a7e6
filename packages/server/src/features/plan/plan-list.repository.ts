import type { PlanListQuerySchema, PlanListResponse, ProposalState } from '@gyokaku/contracts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { containsPattern } from './plan-sheet.js';

type Db = Kysely<Database>;
type Query = z.output<typeof PlanListQuerySchema>;

/**
 * Each sort as (expression inside the page query, column of the page outside it). The page is cut
 * first and the collaborating departments' names are looked up for its rows only; the outer query
 * has to repeat the order because a subquery's order is not kept.
 */
const SORTS: Record<Query['sort'], { inner: RawBuilder<unknown>; outer: RawBuilder<unknown> }> = {
  number: { inner: sql`p.number_sort`, outer: sql`page.number_sort` },
  title: { inner: sql`p.title`, outer: sql`page.title` },
  department: { inner: sql`ld.name`, outer: sql`page.lead_name` },
  updatedAt: { inner: sql`p.updated_at`, outer: sql`page.updated_at` },
  startFiscalYear: { inner: sql`p.start_fiscal_year`, outer: sql`page.start_fiscal_year` },
};

function filters(options: { municipalityId: string; outlineId: string; nodeIds?: string[] | undefined; query: Query }) {
  const { query, nodeIds } = options;
  const where: RawBuilder<unknown>[] = [sql`p.municipality_id = ${options.municipalityId}`, sql`p.outline_id = ${options.outlineId}`];
  if (nodeIds) {
    where.push(sql`(p.framework_node_id = ANY(${nodeIds}::uuid[]) OR p.relisted_node_ids && ${nodeIds}::uuid[])`);
  }
  if (query.departmentId) {
    where.push(
      sql`(p.lead_department_id = ${query.departmentId} OR p.collaborating_department_ids @> ${[query.departmentId]}::uuid[])`,
    );
  }
  if (query.kind) where.push(sql`p.kind = ${query.kind}`);
  if (query.tag) where.push(sql`p.tags @> ${[query.tag]}::text[]`);
  if (query.sdg !== undefined) where.push(sql`p.sdg_goals @> ${[query.sdg]}::smallint[]`);
  if (query.fiscalYear !== undefined) {
    where.push(sql`p.start_fiscal_year <= ${query.fiscalYear} AND p.end_fiscal_year >= ${query.fiscalYear}`);
  }
  if (query.check === 'any') where.push(sql`cardinality(p.check_codes) > 0`);
  else if (query.check) where.push(sql`p.check_codes @> ${[query.check]}::text[]`);
  if (query.proposalState === 'none') where.push(sql`p.proposal_state IS NULL`);
  else if (query.proposalState) where.push(sql`p.proposal_state = ${query.proposalState}`);
  if (query.callId) where.push(sql`p.call_id = ${query.callId}`);
  if (query.q) where.push(sql`p.search_text LIKE ${containsPattern(query.q)} ESCAPE '\\'`);
  return sql.join(where, sql` AND `);
}

interface PageRow {
  id: string;
  number: string;
  title: string;
  framework_node_id: string;
  relisted: boolean;
  lead_department_id: string;
  lead_name: string;
  collaborating: { id: string; name: string }[];
  kind: 'reform' | 'improvement';
  start_fiscal_year: number;
  end_fiscal_year: number;
  target_count: number;
  check_codes: string[];
  sdg_goals: number[];
  tags: string[];
  proposal_state: ProposalState | null;
  updated_at: Date | string;
}

/**
 * One page of an outline's plans and the total: two queries whatever the page size, department
 * names by join. `nodeIds` is a node with its descendants: plans filed there, and plans re-listed
 * there marked `relisted`. The SQL is written out in plan-list.sql.md.
 */
export async function listPlans(
  db: Db,
  options: { municipalityId: string; outlineId: string; nodeIds?: string[] | undefined; query: Query },
): Promise<PlanListResponse> {
  const { query, nodeIds } = options;
  const where = filters(options);
  const direction = query.order === 'desc' ? sql`DESC` : sql`ASC`;
  const sort = SORTS[query.sort];
  const relisted = nodeIds ? sql`NOT (p.framework_node_id = ANY(${nodeIds}::uuid[]))` : sql`false`;
  // Ties fall back to number order, then id, so pages never overlap or skip a plan.
  const byNumber = query.sort === 'number';
  const innerOrder = byNumber ? sql`p.number_sort ${direction}, p.id` : sql`${sort.inner} ${direction}, p.number_sort, p.id`;
  const outerOrder = byNumber ? sql`page.number_sort ${direction}, page.id` : sql`${sort.outer} ${direction}, page.number_sort, page.id`;

  const [page, count] = await Promise.all([
    sql<PageRow>`
      SELECT page.*,
        (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name)
                  ORDER BY array_position(page.collaborating_department_ids, d.id)), '[]'::json)
           FROM department d
          WHERE d.municipality_id = page.municipality_id AND d.id = ANY(page.collaborating_department_ids)) AS collaborating
      FROM (
        SELECT p.id, p.municipality_id, p.number, p.number_sort, p.title, p.framework_node_id, ${relisted} AS relisted,
               p.lead_department_id, ld.name AS lead_name, p.collaborating_department_ids, p.kind,
               p.start_fiscal_year, p.end_fiscal_year, p.target_count, p.check_codes, p.sdg_goals, p.tags, p.proposal_state, p.updated_at
          FROM plan p
          JOIN department ld ON ld.municipality_id = p.municipality_id AND ld.id = p.lead_department_id
         WHERE ${where}
         ORDER BY ${innerOrder}
         LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      ) page
      ORDER BY ${outerOrder}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM plan p WHERE ${where}`.execute(db),
  ]);

  return {
    items: page.rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      frameworkNodeId: row.framework_node_id,
      relisted: row.relisted,
      leadDepartment: { id: row.lead_department_id, name: row.lead_name },
      collaboratingDepartments: row.collaborating,
      kind: row.kind,
      startFiscalYear: row.start_fiscal_year,
      endFiscalYear: row.end_fiscal_year,
      targetCount: row.target_count,
      checkCodes: row.check_codes,
      sdgGoals: row.sdg_goals,
      tags: row.tags,
      proposalState: row.proposal_state,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
    total: Number(count.rows[0]?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
