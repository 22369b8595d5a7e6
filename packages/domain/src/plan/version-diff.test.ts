import { describe, it, expect } from 'vitest';
import { deepEqual, diffSnapshots } from './version-diff.js';

describe('diffSnapshots', () => {
  const before = {
    title: '窓口のキャッシュレス化',
    endFiscalYear: 2026,
    targets: [{ indicator: '対応窓口数', unit: '窓口', values: { 2026: 5 } }],
    tags: ['digital'],
  };

  it('lists nothing for equal snapshots, whatever the key order', () => {
    const reordered = {
      tags: ['digital'],
      targets: [{ values: { 2026: 5 }, unit: '窓口', indicator: '対応窓口数' }],
      endFiscalYear: 2026,
      title: '窓口のキャッシュレス化',
    };
    expect(diffSnapshots(before, reordered)).toEqual([]);
  });

  it('reports each changed top-level field once with both values', () => {
    const after = { ...before, endFiscalYear: 2027, targets: [{ ...before.targets[0], values: { 2026: 6 } }] };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'endFiscalYear', before: 2026, after: 2027 },
      { field: 'targets', before: before.targets, after: after.targets },
    ]);
  });

  it('treats a change of array order as a change', () => {
    expect(diffSnapshots({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toHaveLength(1);
  });

  it('includes fields present on one side only', () => {
    expect(diffSnapshots({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', before: 1, after: undefined },
      { field: 'b', before: undefined, after: 2 },
    ]);
  });

  it('follows the given field order, then the remaining fields by name', () => {
    const after = { title: '新', endFiscalYear: 2027, tags: [], zeta: 1, alpha: 1 };
    const fields = diffSnapshots(before, after, { fieldOrder: ['title', 'targets', 'endFiscalYear'] }).map((c) => c.field);
    expect(fields).toEqual(['title', 'targets', 'endFiscalYear', 'alpha', 'tags', 'zeta']);
  });

  it('sees null, 0, empty string and a missing field as different, but undefined as missing', () => {
    expect(diffSnapshots({ a: null }, { a: 0 })).toHaveLength(1);
    expect(diffSnapshots({ a: '' }, { a: null })).toHaveLength(1);
    expect(diffSnapshots({ a: null }, {})).toHaveLength(1);
    expect(diffSnapshots({ a: undefined }, {})).toEqual([]);
    expect(diffSnapshots({ a: { b: undefined } }, { a: {} })).toEqual([]);
  });
});

describe('deepEqual', () => {
  it('compares nested arrays and objects structurally', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({ 0: 'x' }, ['x'])).toBe(false);
  });

  it('handles NaN, dates and primitives of different types', () => {
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(new Date('2024-04-01'), new Date('2024-04-01'))).toBe(true);
    expect(deepEqual(new Date('2024-04-01'), new Date('2024-04-02'))).toBe(false);
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
  });
});
