import { describe, it, expect } from 'vitest';
import { validateReorganisation, type Reorganisation } from './reorganisation.js';

const date = '2025-04-01';
const expectCode = (input: Reorganisation, code: string) =>
  expect(() => validateReorganisation(input)).toThrow(expect.objectContaining({ code }));

describe('validateReorganisation', () => {
  it('accepts a rename, a merge and a split of the right shape', () => {
    expect(() => validateReorganisation({ kind: 'rename', fromIds: ['a'], toNames: ['企画政策課'], effectiveDate: date })).not.toThrow();
    expect(() => validateReorganisation({ kind: 'merge', fromIds: ['a', 'b', 'c'], toNames: ['総務課'], effectiveDate: date })).not.toThrow();
    expect(() => validateReorganisation({ kind: 'split', fromIds: ['a'], toNames: ['人事課', '財政課'], effectiveDate: date })).not.toThrow();
  });

  it('requires exactly one from and one to for a rename', () => {
    expectCode({ kind: 'rename', fromIds: ['a', 'b'], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'rename', fromIds: ['a'], toNames: ['x', 'y'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'rename', fromIds: [], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('requires at least two from and exactly one to for a merge', () => {
    expectCode({ kind: 'merge', fromIds: ['a'], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'merge', fromIds: ['a', 'b'], toNames: ['x', 'y'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('requires exactly one from and at least two to for a split', () => {
    expectCode({ kind: 'split', fromIds: ['a'], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'split', fromIds: ['a', 'b'], toNames: ['x', 'y'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('rejects duplicate ids, empty ids, empty names and duplicate names', () => {
    expectCode({ kind: 'merge', fromIds: ['a', 'a'], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'merge', fromIds: ['a', ' '], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'rename', fromIds: ['a'], toNames: ['\u3000'], effectiveDate: date }, 'invalid_reorganisation');
    expectCode({ kind: 'split', fromIds: ['a'], toNames: ['人事課', '人事課'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('counts names as duplicates after width folding and trimming', () => {
    expectCode({ kind: 'split', fromIds: ['a'], toNames: ['ＩＴ推進課', ' IT推進課'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('rejects an unknown kind', () => {
    expectCode({ kind: 'abolish' as never, fromIds: ['a'], toNames: ['x'], effectiveDate: date }, 'invalid_reorganisation');
  });

  it('requires a real YYYY-MM-DD effective date', () => {
    for (const effectiveDate of ['2025-02-29', '2025/04/01', '2025-4-1', '', 'R7.4.1']) {
      expectCode({ kind: 'rename', fromIds: ['a'], toNames: ['x'], effectiveDate }, 'invalid_date');
    }
    expect(() => validateReorganisation({ kind: 'rename', fromIds: ['a'], toNames: ['x'], effectiveDate: '2024-02-29' })).not.toThrow();
  });
});
