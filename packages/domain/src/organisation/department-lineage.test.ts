import { describe, it, expect } from 'vitest';
import { currentSuccessors, primarySuccessor, type DepartmentLink } from './department-lineage.js';

const link = (predecessorId: string, successorId: string, primary = false): DepartmentLink => ({
  predecessorId,
  successorId,
  primary,
});
const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('currentSuccessors', () => {
  it('returns the department itself when it has no links', () => {
    expect(currentSuccessors({ departmentId: 'a', links: [] })).toEqual(['a']);
    expect(currentSuccessors({ departmentId: 'a', links: [link('x', 'y')] })).toEqual(['a']);
  });

  it('follows a rename chain to its end', () => {
    const links = [link('a', 'b'), link('b', 'c'), link('c', 'd')];
    expect(currentSuccessors({ departmentId: 'a', links })).toEqual(['d']);
    expect(currentSuccessors({ departmentId: 'c', links })).toEqual(['d']);
  });

  it('leads every merged department to the merged one', () => {
    const links = [link('a', 'm'), link('b', 'm')];
    expect(currentSuccessors({ departmentId: 'a', links })).toEqual(['m']);
    expect(currentSuccessors({ departmentId: 'b', links })).toEqual(['m']);
  });

  it('leads a split department to all of its parts, in link order', () => {
    const links = [link('a', 'b', true), link('a', 'c')];
    expect(currentSuccessors({ departmentId: 'a', links })).toEqual(['b', 'c']);
  });

  it('follows splits and merges transitively and lists a shared leaf once', () => {
    const links = [link('a', 'b', true), link('a', 'c'), link('b', 'd'), link('c', 'd'), link('c', 'e', true), link('e', 'f')];
    expect(currentSuccessors({ departmentId: 'a', links })).toEqual(['d', 'f']);
  });

  it('throws department_lineage_cycle on a cycle, including a self-link', () => {
    expectCode(() => currentSuccessors({ departmentId: 'a', links: [link('a', 'b'), link('b', 'a')] }), 'department_lineage_cycle');
    expectCode(() => currentSuccessors({ departmentId: 'a', links: [link('a', 'a')] }), 'department_lineage_cycle');
    expectCode(
      () => currentSuccessors({ departmentId: 'a', links: [link('a', 'b'), link('a', 'c'), link('c', 'd'), link('d', 'c')] }),
      'department_lineage_cycle',
    );
  });
});

describe('primarySuccessor', () => {
  it('returns the department itself when it has no links', () => {
    expect(primarySuccessor({ departmentId: 'a', links: [] })).toBe('a');
  });

  it('follows the only link even when it is not marked primary', () => {
    expect(primarySuccessor({ departmentId: 'a', links: [link('a', 'b'), link('b', 'c')] })).toBe('c');
  });

  it('follows merges to the merged department', () => {
    const links = [link('a', 'm'), link('b', 'm'), link('m', 'n')];
    expect(primarySuccessor({ departmentId: 'b', links })).toBe('n');
  });

  it('follows only the primary link at a split', () => {
    const links = [link('a', 'b'), link('a', 'c', true), link('c', 'd'), link('c', 'e', true), link('e', 'f')];
    expect(primarySuccessor({ departmentId: 'a', links })).toBe('f');
  });

  it('refuses a split with no primary or several primaries', () => {
    expectCode(() => primarySuccessor({ departmentId: 'a', links: [link('a', 'b'), link('a', 'c')] }), 'department_lineage_ambiguous');
    expectCode(
      () => primarySuccessor({ departmentId: 'a', links: [link('a', 'b', true), link('a', 'c', true)] }),
      'department_lineage_ambiguous',
    );
  });

  it('treats a repeated link to the same successor as one', () => {
    expect(primarySuccessor({ departmentId: 'a', links: [link('a', 'b', true), link('a', 'b', true)] })).toBe('b');
  });

  it('throws department_lineage_cycle on a cycle', () => {
    expectCode(() => primarySuccessor({ departmentId: 'a', links: [link('a', 'b'), link('b', 'c'), link('c', 'a')] }), 'department_lineage_cycle');
    expectCode(() => primarySuccessor({ departmentId: 'a', links: [link('a', 'a')] }), 'department_lineage_cycle');
  });
});
