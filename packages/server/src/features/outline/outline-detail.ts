import type { FrameworkNode, OutlineDetailResponse } from '@gyokaku/contracts';
import { orderedTree } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { countPlansByNode } from '../plan/plan-placements.js';
import { findOutline, listFrameworkNodeRows, listPeriodChanges, toOutlineSummary, type FrameworkNodeRow } from './outline.repository.js';

type Db = Kysely<Database>;

const treeNode = (row: FrameworkNodeRow) => ({ id: row.id, parentId: row.parent_id, position: row.position, title: row.title });

/**
 * The outline with its framework in display order, each node numbered ('2-1-3') and counting the
 * plans of its whole subtree; a plan re-listed (再掲) under several nodes counts once (the rule of
 * the domain's `rollUpPlanCounts`, which the API tests hold these counts to).
 */
export async function presentOutlineDetail(db: Db, municipalityId: string, outlineId: string): Promise<OutlineDetailResponse> {
  const [outline, municipality, rows, periodChanges] = await Promise.all([
    findOutline(db, municipalityId, outlineId),
    findMunicipality(db, municipalityId),
    listFrameworkNodeRows(db, municipalityId, outlineId),
    listPeriodChanges(db, municipalityId, outlineId),
  ]);
  if (!outline) throw notFound('行政改革大綱');
  const tree = rows.map(treeNode);
  const counts = await countPlansByNode(db, { municipalityId, outlineId, nodes: tree });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const nodes: FrameworkNode[] = orderedTree(tree).map(({ node, depth, code }) => {
    const row = byId.get(node.id)!;
    return {
      id: row.id,
      parentId: row.parent_id,
      depth,
      position: row.position,
      title: row.title,
      description: row.description,
      code,
      planCount: counts.byNode.get(row.id)?.plans ?? 0,
      planWithTargetCount: counts.byNode.get(row.id)?.withTargets ?? 0,
      relistedCount: counts.byNode.get(row.id)?.relisted ?? 0,
      version: row.version,
    };
  });
  return {
    ...toOutlineSummary(outline, municipality?.settings.frameworkLevels ?? []),
    nodes,
    periodChanges,
    planCount: counts.total,
  };
}
