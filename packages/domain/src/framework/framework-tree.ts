import { DomainError } from '../errors/domain-error.js';
import {
  ancestry,
  cycleError,
  getNode,
  indexTree,
  nodeNotFound,
  walkBelow,
  type FrameworkTreeNode,
  type TreeIndex,
} from './tree-index.js';

export type { FrameworkTreeNode } from './tree-index.js';

function rankAmongSiblings(index: TreeIndex<FrameworkTreeNode>, node: FrameworkTreeNode): number {
  const siblings = index.children.get(node.parentId) ?? [];
  return siblings.findIndex((sibling) => sibling.id === node.id) + 1;
}

/**
 * 1-based positions from the top level, e.g. [2, 1, 3] for the third programme of the first item
 * of the second basic policy. Numbers follow display order, not the stored `position`, so a gap
 * left by a deleted node does not leave a gap in the printed numbering.
 */
export function frameworkPath(nodes: readonly FrameworkTreeNode[], nodeId: string): number[] {
  const index = indexTree(nodes);
  return ancestry(index, nodeId)
    .reverse()
    .map((node) => rankAmongSiblings(index, node));
}

/** `2-1-3`: the number printed before a node's title and the prefix of its plans' numbers. */
export function frameworkCode(nodes: readonly FrameworkTreeNode[], nodeId: string): string {
  return frameworkPath(nodes, nodeId).join('-');
}

/** False for an unknown id: a node that does not exist cannot hold plans. */
export function isLeaf(nodes: readonly FrameworkTreeNode[], nodeId: string): boolean {
  return nodes.some((node) => node.id === nodeId) && !nodes.some((node) => node.parentId === nodeId);
}

/** The nodes plans may be filed under: those without children. */
export function leafIds(nodes: readonly FrameworkTreeNode[]): Set<string> {
  const parents = new Set(nodes.map((node) => node.parentId));
  return new Set(nodes.filter((node) => !parents.has(node.id)).map((node) => node.id));
}

/**
 * 0 for the top level, as in the contracts' `FrameworkNode.depth`: the node's level name is
 * `frameworkLevels[depth]`.
 */
export function depthOf(nodes: readonly FrameworkTreeNode[], nodeId: string): number {
  return ancestry(indexTree(nodes), nodeId).length - 1;
}

/** Every node below `nodeId` (not itself), in display order. */
export function descendantIds(nodes: readonly FrameworkTreeNode[], nodeId: string): string[] {
  const index = indexTree(nodes);
  getNode(index, nodeId);
  return walkBelow(index, nodeId).map(({ node }) => node.id);
}

export interface NodePlacement {
  readonly nodes: readonly FrameworkTreeNode[];
  /** The node being moved; omitted when a new node is being added. */
  readonly nodeId?: string;
  /** The new parent; `null` for the top level. */
  readonly parentId: string | null;
  /** How many levels the framework has (the number of level names in the settings). */
  readonly maxDepth: number;
}

/**
 * Throws unless a new node (or a moved node with its whole subtree) fits under `parentId`
 * within `maxDepth` levels and without making the node its own ancestor.
 */
export function validateNodePlacement({ nodes, nodeId, parentId, maxDepth }: NodePlacement): void {
  const index = indexTree(nodes);
  if (nodeId !== undefined) getNode(index, nodeId);
  if (parentId !== null && !index.byId.has(parentId)) throw nodeNotFound(parentId);

  const below = nodeId === undefined ? [] : walkBelow(index, nodeId);
  if (nodeId !== undefined && (parentId === nodeId || below.some(({ node }) => node.id === parentId))) {
    throw cycleError(nodeId);
  }
  const depth = parentId === null ? 0 : ancestry(index, parentId).length;
  const subtreeHeight = Math.max(0, ...below.map(({ relativeDepth }) => relativeDepth));
  const levels = depth + subtreeHeight + 1;
  if (levels > maxDepth) {
    throw new DomainError(
      'framework_too_deep',
      `体系は${maxDepth}階層までです。この位置に置くと${levels}階層になります。`,
    );
  }
}

export interface OrderedTreeEntry<T extends FrameworkTreeNode> {
  readonly node: T;
  /** 0 for the top level. */
  readonly depth: number;
  /** 1-based positions from the top, as `frameworkPath`. */
  readonly path: readonly number[];
  /** `2-1-3`, as `frameworkCode`. */
  readonly code: string;
}

/**
 * The whole tree depth-first in display order, numbered in one pass (calling `frameworkCode` per
 * node would index the tree once per node). Nodes not reachable from the top level (an unknown
 * parent, a loop) are left out rather than guessed at; placement validation keeps them from arising.
 */
export function orderedTree<T extends FrameworkTreeNode>(nodes: readonly T[]): OrderedTreeEntry<T>[] {
  const index = indexTree(nodes);
  const result: OrderedTreeEntry<T>[] = [];
  const visit = (parentId: string | null, path: readonly number[]): void => {
    (index.children.get(parentId) ?? []).forEach((node, i) => {
      const nodePath = [...path, i + 1];
      result.push({ node, depth: path.length, path: nodePath, code: nodePath.join('-') });
      visit(node.id, nodePath);
    });
  };
  visit(null, []);
  return result;
}
