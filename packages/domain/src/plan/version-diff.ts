export interface FieldChange {
  readonly field: string;
  /** `undefined` when the field did not exist before. */
  readonly before: unknown;
  /** `undefined` when the field no longer exists. */
  readonly after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// Snapshots are JSON, where a property set to undefined and a missing one are the same thing.
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** Structural equality: arrays in order, objects regardless of key order, NaN equal to NaN. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = definedKeys(a);
    return keys.length === definedKeys(b).length && keys.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/**
 * What changed between two versions of a plan sheet, one entry per top-level field: a changed
 * target list is one entry, because the history screen shows the list before and after side by
 * side. Fields named in `fieldOrder` come first in that order (the sheet's order); the rest follow
 * by name so the result never depends on key order.
 */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: { fieldOrder?: readonly string[] } = {},
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rank = new Map((options.fieldOrder ?? []).map((field, i) => [field, i]));
  const order = (a: string, b: string): number => {
    const rankA = rank.get(a) ?? Infinity;
    const rankB = rank.get(b) ?? Infinity;
    if (rankA !== rankB) return rankA < rankB ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return fields
    .filter((field) => !deepEqual(before[field], after[field]))
    .sort(order)
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
