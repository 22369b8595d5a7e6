import { DomainError } from '../errors/domain-error.js';

/**
 * The part of a framework node (基本方針 / 実施項目 / 改革プログラム …) that the tree rules need.
 * `position` is 0-based among siblings. Named apart from the contracts' `FrameworkNode`, which has
 * more fields and satisfies this shape.
 */
export interface FrameworkTreeNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
  readonly title: string;
}

export interface TreeIndex<T extends FrameworkTreeNode> {
  readonly byId: ReadonlyMap<string, T>;
  /** Children per parent id (`null` = top level), in display order. */
  readonly children: ReadonlyMap<string | null, readonly T[]>;
}

// Positions may have gaps after a deletion or ties after a bad import; ordering by position and
// then id keeps numbering stable and dense either way.
function bySiblingOrder(a: FrameworkTreeNode, b: FrameworkTreeNode): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function indexTree<T extends FrameworkTreeNode>(nodes: readonly T[]): TreeIndex<T> {
  const byId = new Map<string, T>();
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    byId.set(node.id, node);
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }
  for (const siblings of children.values()) siblings.sort(bySiblingOrder);
  return { byId, children };
}

export function nodeNotFound(id: string): DomainError {
  return new DomainError('not_found', `体系の項目が見つかりません: ${id}`);
}

export function cycleError(id: string): DomainError {
  return new DomainError('framework_cycle', `体系の親子関係が循環しています: ${id}`);
}

export function getNode<T extends FrameworkTreeNode>(index: TreeIndex<T>, id: string): T {
  const node = index.byId.get(id);
  if (!node) throw nodeNotFound(id);
  return node;
}

/** The node and its ancestors, from the node up to the top level. */
export function ancestry<T extends FrameworkTreeNode>(index: TreeIndex<T>, id: string): T[] {
  const chain: T[] = [];
  const seen = new Set<string>();
  let current: T | undefined = getNode(index, id);
  while (current) {
    // Stored data can be corrupt; a loop would otherwise never end.
    if (seen.has(current.id)) throw cycleError(current.id);
    seen.add(current.id);
    chain.push(current);
    current = current.parentId === null ? undefined : getNode(index, current.parentId);
  }
  return chain;
}

/** Every node below `id` in display (depth-first) order, each with its depth relative to `id`. */
export function walkBelow<T extends FrameworkTreeNode>(
  index: TreeIndex<T>,
  id: string,
): { node: T; relativeDepth: number }[] {
  const result: { node: T; relativeDepth: number }[] = [];
  const seen = new Set<string>([id]);
  const visit = (parentId: string, relativeDepth: number): void => {
    for (const child of index.children.get(parentId) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push({ node: child, relativeDepth });
      visit(child.id, relativeDepth + 1);
    }
  };
  visit(id, 1);
  return result;
}
