import { describe, expect, it } from 'vitest';
import { comparePlanNumbers, orderPlans } from './plan-order.js';
import { createSheetContext } from './plan-sheet-body.js';
import { sampleMunicipality, sampleOutline } from './sample-documents.js';

describe('plan order', () => {
  it('sorts numbers segment by segment, so 2-1-10 follows 2-1-9', () => {
    expect(['2-1-10', '2-1-9', '10-1-1', '2-1-1'].sort(comparePlanNumbers)).toEqual(['2-1-1', '2-1-9', '2-1-10', '10-1-1']);
  });

  it('follows the framework before the numbers, and puts plans outside the tree last', () => {
    const outline = sampleOutline();
    const context = createSheetContext({ outline, municipality: sampleMunicipality() });
    const [first, second] = [...context.entries.values()].filter((entry) => entry.depth === 2);
    const plans = [
      { frameworkNodeId: 'not-in-tree', number: '0-0', title: 'x' },
      { frameworkNodeId: second!.node.id, number: '1-1-1-1', title: 'b' },
      { frameworkNodeId: first!.node.id, number: '1-1-1-10', title: 'a' },
      { frameworkNodeId: first!.node.id, number: '1-1-1-2', title: 'a' },
    ];
    expect(orderPlans(plans, context).map((plan) => plan.number)).toEqual(['1-1-1-2', '1-1-1-10', '1-1-1-1', '0-0']);
  });
});
