let counter = 0;

/**
 * A stable React key for a row the user adds to a form; rows can be removed from the middle, so
 * the index will not do. (crypto.randomUUID is missing on plain-HTTP intranet sites.)
 */
export function nextRowKey(): number {
  counter += 1;
  return counter;
}
