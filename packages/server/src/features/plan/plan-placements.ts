import type { FrameworkTreeNode, ProposalState } from '@gyokaku/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/** Proposals the HQ turned down or folded into another plan: still readable, but counted and printed nowhere. */
const OUT_OF_TOTALS_STATES = ['not_adopted', 'merged'] as const satisfies readonly ProposalState[];

/** True for a plan that counts in the outline's totals and documents; `stateColumn` is its `proposal_state`. */
export const countsInTotals = (stateColumn: string): RawBuilder<boolean> =>
  sql<boolean>`(${sql.ref(stateColumn)} IS NULL OR ${sql.ref(stateColumn)} NOT IN (${sql.join(OUT_OF_TOTALS_STATES)}))`;

/** Plans filed or re-listed under any of `nodeIds`: a node holding them may not be removed or get children. */
export async function countPlansListedUnder(db: Db, municipalityId: string, nodeIds: string[]): Promise<number> {
  if (nodeIds.length === 0) return 0;
  const row = await db
    .selectFrom('plan')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.or([
        eb('framework_node_id', 'in', nodeIds),
        eb(sql`relisted_node_ids`, '&&', sql`${sql.val(nodeIds)}::uuid[]`),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NodeCounts {
  /** Distinct plans filed in the node's subtree. */
  plans: number;
  /** Of those, plans with at least one numerical target. */
  withTargets: number;
  /** Plans re-listed (再掲) somewhere in the subtree but filed outside it. */
  relisted: number;
}

/**
 * Per framework node, its subtree's plans counted once each — the rule of `rollUpPlanCounts`,
 * computed in the database so that a large outline's detail does not ship every plan to Node.
 * Proposals that were not adopted or were merged away count nowhere (`countsInTotals`).
 * The tree is passed as (node, ancestor-or-self) pairs, worked out from the framework in memory.
 */
export async function countPlansByNode(
  db: Db,
  options: { municipalityId: string; outlineId: string; nodes: readonly FrameworkTreeNode[] },
): Promise<{ byNode: Map<string, NodeCounts>; total: number }> {
  const parents = new Map(options.nodes.map((node) => [node.id, node.parentId]));
  const nodeIds: string[] = [];
  const ancestorIds: string[] = [];
  for (const node of options.nodes) {
    const seen = new Set<string>();
    for (let current: string | null | undefined = node.id; current && !seen.has(current); current = parents.get(current)) {
      seen.add(current);
      nodeIds.push(node.id);
      ancestorIds.push(current);
    }
  }
  const { municipalityId, outlineId } = options;
  const [counts, total] = await Promise.all([
    sql<{ node_id: string; plans: number; with_targets: number; relisted: number }>`
      WITH tree AS (SELECT * FROM unnest(${nodeIds}::uuid[], ${ancestorIds}::uuid[]) AS t(node_id, ancestor_id)),
      listing AS (
        SELECT p.id AS plan_id, p.framework_node_id AS node_id, false AS relisted, p.target_count > 0 AS has_target
          FROM plan p WHERE p.municipality_id = ${municipalityId} AND p.outline_id = ${outlineId} AND ${countsInTotals('p.proposal_state')}
        UNION ALL
        SELECT p.id, r.node_id, true, p.target_count > 0
          FROM plan p CROSS JOIN LATERAL unnest(p.relisted_node_ids) AS r(node_id)
         WHERE p.municipality_id = ${municipalityId} AND p.outline_id = ${outlineId} AND ${countsInTotals('p.proposal_state')}
      ),
      per_subtree AS (
        SELECT t.ancestor_id, l.plan_id, bool_or(NOT l.relisted) AS own, bool_or(l.has_target) AS has_target
          FROM listing l JOIN tree t ON t.node_id = l.node_id
         GROUP BY t.ancestor_id, l.plan_id
      )
      SELECT ancestor_id AS node_id,
             (count(*) FILTER (WHERE own))::int AS plans,
             (count(*) FILTER (WHERE own AND has_target))::int AS with_targets,
             (count(*) FILTER (WHERE NOT own))::int AS relisted
        FROM per_subtree GROUP BY ancestor_id`.execute(db),
    sql<{ n: number }>`
      SELECT count(*)::int AS n FROM plan
       WHERE municipality_id = ${municipalityId} AND outline_id = ${outlineId} AND ${countsInTotals('proposal_state')}`.execute(db),
  ]);
  return {
    byNode: new Map(counts.rows.map((row) => [row.node_id, { plans: Number(row.plans), withTargets: Number(row.with_targets), relisted: Number(row.relisted) }])),
    total: Number(total.rows[0]?.n ?? 0),
  };
}
