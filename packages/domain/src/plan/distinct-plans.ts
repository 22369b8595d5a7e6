import { indexTree, walkBelow, type FrameworkTreeNode } from '../framework/tree-index.js';

/** One place a plan is listed: its own node, or another node it is re-listed (再掲) under. */
export interface PlanListing {
  readonly planId: string;
  readonly nodeId: string;
  readonly relisted: boolean;
}

export interface NodePlanCount {
  readonly nodeId: string;
  /** Plans filed here as their own node. */
  readonly plans: number;
  /** Plans shown here again (再掲) but counted where they belong. */
  readonly relisted: number;
}

export interface PlanCounts {
  readonly nodes: NodePlanCount[];
  /** Each plan once, however many nodes list it. */
  readonly total: number;
}

/** A plan listed under two nodes (再掲) is one plan in every total. */
export function countDistinctPlans(listings: readonly PlanListing[]): number {
  return new Set(listings.map((listing) => listing.planId)).size;
}

function byNode(listings: readonly PlanListing[]): Map<string, PlanListing[]> {
  const grouped = new Map<string, PlanListing[]>();
  for (const listing of listings) {
    const list = grouped.get(listing.nodeId);
    if (list) list.push(listing);
    else grouped.set(listing.nodeId, [listing]);
  }
  return grouped;
}

// A plan counts as the nodes' own if any listing among them is primary; otherwise as re-listed.
function countWithin(grouped: ReadonlyMap<string, readonly PlanListing[]>, nodeIds: Iterable<string>) {
  const own = new Set<string>();
  const shown = new Set<string>();
  for (const nodeId of nodeIds) {
    for (const listing of grouped.get(nodeId) ?? []) (listing.relisted ? shown : own).add(listing.planId);
  }
  return { plans: own.size, relisted: [...shown].filter((planId) => !own.has(planId)).length };
}

/** Per node (in order of first listing) its own and re-listed plans; the total counts each plan once. */
export function groupByNodeCountingOnce(listings: readonly PlanListing[]): PlanCounts {
  const grouped = byNode(listings);
  return {
    nodes: [...grouped.keys()].map((nodeId) => ({ nodeId, ...countWithin(grouped, [nodeId]) })),
    total: countDistinctPlans(listings),
  };
}

/**
 * The same counts for every framework node in `tree`, each including its whole subtree: 基本方針1
 * shows its plans once even when one is re-listed under two of its programmes, and a plan re-listed
 * inside the subtree it already belongs to is not counted as re-listed there.
 */
export function rollUpPlanCounts(tree: readonly FrameworkTreeNode[], listings: readonly PlanListing[]): PlanCounts {
  const index = indexTree(tree);
  const grouped = byNode(listings);
  return {
    nodes: tree.map(({ id }) => {
      const subtree = [id, ...walkBelow(index, id).map(({ node }) => node.id)];
      return { nodeId: id, ...countWithin(grouped, subtree) };
    }),
    total: countDistinctPlans(listings),
  };
}
