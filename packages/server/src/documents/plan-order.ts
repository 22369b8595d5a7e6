import type { DocumentPlan } from './document-inputs.js';
import { escapeHtml } from './escape-html.js';
import { frameworkTrail, levelName, type SheetContext } from './plan-sheet-body.js';

const numberCollator = new Intl.Collator('ja', { numeric: true });

/** `2-1-9` before `2-1-10`, as the numbers are printed. */
export const comparePlanNumbers = (a: string, b: string): number => numberCollator.compare(a, b);

/**
 * Plans in the order of the framework (depth-first, as the outline prints it), then by number
 * within a node. A plan whose node is not in the tree goes last rather than disappearing.
 */
export function orderPlans<T extends Pick<DocumentPlan, 'frameworkNodeId' | 'number' | 'title'>>(
  plans: readonly T[],
  context: SheetContext,
): T[] {
  const rank = new Map([...context.entries.keys()].map((id, index) => [id, index]));
  const rankOf = (plan: T) => rank.get(plan.frameworkNodeId) ?? Number.MAX_SAFE_INTEGER;
  return [...plans].sort(
    (a, b) => rankOf(a) - rankOf(b) || comparePlanNumbers(a.number, b.number) || comparePlanNumbers(a.title, b.title),
  );
}

export interface TopLevelGroup<T> {
  /** The top-level node; null for the plans outside the tree. */
  nodeId: string | null;
  /** `基本方針1　市民に…` as HTML (escaped). */
  heading: string;
  plans: T[];
}

/** Plans (already ordered) by top-level node in framework order; plans outside the tree form a last group. */
export function groupByTopLevel<T extends Pick<DocumentPlan, 'frameworkNodeId'>>(plans: readonly T[], context: SheetContext): TopLevelGroup<T>[] {
  const groups = new Map<string, TopLevelGroup<T>>();
  for (const plan of plans) {
    const top = frameworkTrail(context, plan.frameworkNodeId)[0];
    const key = top?.node.id ?? '';
    let group = groups.get(key);
    if (!group) {
      const heading = top
        ? `${escapeHtml(levelName(context, 0))}${escapeHtml(top.code)}　${escapeHtml(top.node.title)}`
        : '体系に属さない計画';
      groups.set(key, (group = { nodeId: top?.node.id ?? null, heading, plans: [] }));
    }
    group.plans.push(plan);
  }
  return [...groups.values()];
}
