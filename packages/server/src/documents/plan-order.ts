import type { DocumentPlan } from './document-inputs.js';
import type { SheetContext } from './plan-sheet-body.js';

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
