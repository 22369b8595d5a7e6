import type {
  CreateFrameworkNodeRequestSchema,
  FrameworkNode,
  MoveFrameworkNodeRequest,
  UpdateFrameworkNodeRequest,
} from '@gyokaku/contracts';
import { descendantIds, orderedTree, validateNodePlacement, type FrameworkTreeNode } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { countPlansListedUnder } from '../plan/plan-placements.js';
import { presentOutlineDetail } from './outline-detail.js';
import { outlineClosed } from './outline-for-plans.js';
import {
  deleteFrameworkNode,
  findFrameworkNode,
  findOutline,
  insertFrameworkNode,
  listFrameworkNodeRows,
  placeFrameworkNode,
  updateFrameworkNode,
  type FrameworkNodeRow,
} from './outline.repository.js';

type Db = Kysely<Database>;
type CreateRequest = z.output<typeof CreateFrameworkNodeRequestSchema>;

const nodeHasPlans = (message: string) => new AppError(409, 'node_has_plans', message);
const PARENT_HOLDS_PLANS =
  'この項目には実施計画が登録されているため、下位の項目を置けません。計画を別の項目に移してから追加してください。';

const asTreeNode = (row: FrameworkNodeRow): FrameworkTreeNode => ({
  id: row.id,
  parentId: row.parent_id,
  position: row.position,
  title: row.title,
});

/**
 * The outline row is locked for the whole edit, so two people reordering the same siblings cannot
 * interleave their renumbering; a closed outline is history and is not edited.
 */
async function lockFramework(trx: Db, municipalityId: string, outlineId: string) {
  const outline = await findOutline(trx, municipalityId, outlineId, 'update');
  if (!outline) throw notFound('行政改革大綱');
  if (outline.status === 'closed') throw outlineClosed();
  const municipality = await findMunicipality(trx, municipalityId);
  const levels = (outline.framework_levels as string[] | null) ?? municipality?.settings.frameworkLevels ?? [];
  const rows = await listFrameworkNodeRows(trx, municipalityId, outlineId);
  return { outline, maxDepth: levels.length, rows, nodes: rows.map(asTreeNode) };
}

async function nodeForChange(trx: Db, auth: Auth, id: string) {
  const node = await findFrameworkNode(trx, auth.municipalityId, id);
  if (!node) throw notFound('体系の項目');
  const framework = await lockFramework(trx, auth.municipalityId, node.outline_id);
  // Re-read under the lock: the first read only told us which outline to lock.
  const locked = framework.rows.find((row) => row.id === id);
  if (!locked) throw notFound('体系の項目');
  return { ...framework, node: locked };
}

function parentInOutline(nodes: FrameworkTreeNode[], parentId: string | null): void {
  if (parentId === null || nodes.some((node) => node.id === parentId)) return;
  const message = '親の項目がこの大綱の体系にありません。';
  throw new AppError(422, 'invalid_reference', message, [{ path: ['parentId'], code: 'not_found', message }]);
}

/** Writes every stored depth and position that differs from the tree's order (dense, 0-based). */
async function persistLayout(trx: Db, municipalityId: string, before: FrameworkNodeRow[], after: FrameworkTreeNode[], movedId?: string) {
  const stored = new Map(before.map((row) => [row.id, row]));
  const children = new Map<string | null, number>();
  for (const { node, depth } of orderedTree(after)) {
    const position = children.get(node.parentId) ?? 0;
    children.set(node.parentId, position + 1);
    const row = stored.get(node.id);
    const moved = node.id === movedId;
    if (!moved && row && row.parent_id === node.parentId && row.depth === depth && row.position === position) continue;
    await placeFrameworkNode(trx, { municipalityId, id: node.id, parentId: node.parentId, depth, position, bumpVersion: moved });
  }
}

async function present(trx: Db, municipalityId: string, outlineId: string, id: string): Promise<FrameworkNode> {
  return (await presentOutlineDetail(trx, municipalityId, outlineId)).nodes.find((node) => node.id === id)!;
}

async function audit(trx: Db, auth: Auth, action: string, id: string, before: unknown, after: unknown) {
  await recordAudit(trx, {
    municipalityId: auth.municipalityId,
    actorId: auth.userId,
    action,
    entityType: 'framework_node',
    entityId: id,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  });
}

const view = (row: Pick<FrameworkNodeRow, 'outline_id' | 'parent_id' | 'position' | 'title' | 'description'>) => ({
  outlineId: row.outline_id,
  parentId: row.parent_id,
  position: row.position,
  title: row.title,
  description: row.description,
});

/** Appends a node as the last child of `parentId` (or last at the top level). */
export async function addFrameworkNode(options: { db: Db; auth: Auth; outlineId: string; request: CreateRequest }) {
  const { db, auth, outlineId, request } = options;
  return db.transaction().execute(async (trx) => {
    const { rows, nodes, maxDepth } = await lockFramework(trx, auth.municipalityId, outlineId);
    parentInOutline(nodes, request.parentId);
    validateNodePlacement({ nodes, parentId: request.parentId, maxDepth });
    if (request.parentId && (await countPlansListedUnder(trx, auth.municipalityId, [request.parentId])) > 0) {
      throw nodeHasPlans(PARENT_HOLDS_PLANS);
    }
    const siblings = rows.filter((row) => row.parent_id === request.parentId);
    const parent = rows.find((row) => row.id === request.parentId);
    const position = Math.max(-1, ...siblings.map((row) => row.position)) + 1;
    const id = await insertFrameworkNode(trx, {
      municipalityId: auth.municipalityId,
      outlineId,
      parentId: request.parentId,
      depth: parent ? parent.depth + 1 : 0,
      position,
      title: request.title,
      description: request.description,
    });
    await audit(trx, auth, 'created', id, undefined, { outlineId, parentId: request.parentId, position, title: request.title, description: request.description });
    return present(trx, auth.municipalityId, outlineId, id);
  });
}

export async function renameFrameworkNode(options: { db: Db; auth: Auth; id: string; request: UpdateFrameworkNodeRequest }) {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const { node } = await nodeForChange(trx, auth, id);
    if (node.version !== request.version) throw editConflict();
    const change = { municipalityId: auth.municipalityId, id, version: request.version, title: request.title, description: request.description };
    if (!(await updateFrameworkNode(trx, change))) throw editConflict();
    await audit(trx, auth, 'updated', id, view(node), view({ ...node, ...request }));
    return present(trx, auth.municipalityId, node.outline_id, id);
  });
}

/**
 * Reparents and/or reorders a node with its whole subtree; both the old and the new siblings are
 * renumbered densely, and the subtree's depths follow.
 */
export async function moveFrameworkNode(options: { db: Db; auth: Auth; id: string; request: MoveFrameworkNodeRequest }) {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const { node, rows, nodes, maxDepth } = await nodeForChange(trx, auth, id);
    if (node.version !== request.version) throw editConflict();
    parentInOutline(nodes, request.parentId);
    validateNodePlacement({ nodes, nodeId: id, parentId: request.parentId, maxDepth });
    if (
      request.parentId !== null &&
      request.parentId !== node.parent_id &&
      (await countPlansListedUnder(trx, auth.municipalityId, [request.parentId])) > 0
    ) {
      throw nodeHasPlans(PARENT_HOLDS_PLANS);
    }
    // Positions in steps of two with the moved node in between: the layout pass renumbers densely.
    const siblings = orderedTree(nodes)
      .map((entry) => entry.node)
      .filter((n) => n.parentId === request.parentId && n.id !== id);
    const target = Math.min(request.position, siblings.length);
    const rearranged = nodes.map((n): FrameworkTreeNode => {
      if (n.id === id) return { ...n, parentId: request.parentId, position: target * 2 - 1 };
      const index = siblings.findIndex((s) => s.id === n.id);
      return index < 0 ? n : { ...n, position: index * 2 };
    });
    await persistLayout(trx, auth.municipalityId, rows, rearranged, id);
    const moved = (await findFrameworkNode(trx, auth.municipalityId, id))!;
    await audit(trx, auth, 'moved', id, view(node), view(moved));
    return present(trx, auth.municipalityId, node.outline_id, id);
  });
}

export async function removeFrameworkNode(options: { db: Db; auth: Auth; id: string }): Promise<void> {
  const { db, auth, id } = options;
  await db.transaction().execute(async (trx) => {
    const { node, rows, nodes } = await nodeForChange(trx, auth, id);
    const subtree = [id, ...descendantIds(nodes, id)];
    if ((await countPlansListedUnder(trx, auth.municipalityId, subtree)) > 0) {
      throw nodeHasPlans('この項目には実施計画が登録されているため削除できません。計画を別の項目に移してから削除してください。');
    }
    if (subtree.length > 1) {
      throw new AppError(409, 'node_has_children', 'この項目には下位の項目があるため削除できません。先に下位の項目を削除するか、別の項目に移してください。');
    }
    await deleteFrameworkNode(trx, auth.municipalityId, id);
    const remaining = rows.filter((row) => row.id !== id);
    await persistLayout(trx, auth.municipalityId, remaining, remaining.map(asTreeNode));
    await audit(trx, auth, 'deleted', id, view(node), undefined);
  });
}
