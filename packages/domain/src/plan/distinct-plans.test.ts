import { describe, it, expect } from 'vitest';
import type { FrameworkTreeNode } from '../framework/framework-tree.js';
import { countDistinctPlans, groupByNodeCountingOnce, rollUpPlanCounts, type PlanListing } from './distinct-plans.js';

const own = (planId: string, nodeId: string): PlanListing => ({ planId, nodeId, relisted: false });
const again = (planId: string, nodeId: string): PlanListing => ({ planId, nodeId, relisted: true });

// Plan A belongs to g1 and is re-listed (再掲) under g2 and under g3 of another policy.
const LISTINGS = [own('A', 'g1'), own('B', 'g1'), again('A', 'g2'), own('C', 'g2'), again('A', 'g3'), own('D', 'g3')];

describe('countDistinctPlans', () => {
  it('counts a re-listed plan once', () => {
    expect(countDistinctPlans(LISTINGS)).toBe(4);
    expect(countDistinctPlans([])).toBe(0);
  });
});

describe('groupByNodeCountingOnce', () => {
  it('shows per node its own plans and re-listed ones apart, and a total of distinct plans', () => {
    expect(groupByNodeCountingOnce(LISTINGS)).toEqual({
      nodes: [
        { nodeId: 'g1', plans: 2, relisted: 0 },
        { nodeId: 'g2', plans: 1, relisted: 1 },
        { nodeId: 'g3', plans: 1, relisted: 1 },
      ],
      total: 4,
    });
  });

  it('does not count a plan twice at one node', () => {
    const result = groupByNodeCountingOnce([own('A', 'g1'), own('A', 'g1'), again('A', 'g1'), again('B', 'g2'), again('B', 'g2')]);
    expect(result.nodes).toEqual([
      { nodeId: 'g1', plans: 1, relisted: 0 },
      { nodeId: 'g2', plans: 0, relisted: 1 },
    ]);
    expect(result.total).toBe(2);
  });

  it('is empty for no listings', () => {
    expect(groupByNodeCountingOnce([])).toEqual({ nodes: [], total: 0 });
  });
});

describe('rollUpPlanCounts', () => {
  const node = (id: string, parentId: string | null, position: number): FrameworkTreeNode => ({ id, parentId, position, title: id });
  const TREE = [node('p1', null, 0), node('g1', 'p1', 0), node('g2', 'p1', 1), node('p2', null, 1), node('g3', 'p2', 0), node('empty', 'p2', 1)];

  it('counts each plan once per subtree and calls it re-listed only outside its own subtree', () => {
    expect(rollUpPlanCounts(TREE, LISTINGS)).toEqual({
      nodes: [
        { nodeId: 'p1', plans: 3, relisted: 0 },
        { nodeId: 'g1', plans: 2, relisted: 0 },
        { nodeId: 'g2', plans: 1, relisted: 1 },
        { nodeId: 'p2', plans: 1, relisted: 1 },
        { nodeId: 'g3', plans: 1, relisted: 1 },
        { nodeId: 'empty', plans: 0, relisted: 0 },
      ],
      total: 4,
    });
  });
});
