import { describe, it, expect } from 'vitest';
import type { FrameworkTreeNode } from '../framework/framework-tree.js';
import { normalizePlanNumber, suggestPlanNumber } from './plan-number.js';

const node = (id: string, parentId: string | null, position: number): FrameworkTreeNode => ({
  id,
  parentId,
  position,
  title: id,
});

// Leaf `g3` is numbered 2-1-3.
const TREE = [
  node('p1', null, 0),
  node('p2', null, 1),
  node('i1', 'p2', 0),
  node('g1', 'i1', 0),
  node('g2', 'i1', 1),
  node('g3', 'i1', 2),
];

describe('normalizePlanNumber', () => {
  it('folds full-width digits and every hyphen look-alike to 2-1-3-1', () => {
    for (const text of ['２－１－３－１', '2ー1ー3ー1', '2‐1‐3‐1', '2–1–3–1', '2−1−3−1', '２ｰ１ｰ３ｰ１', ' 2-1-3-1　']) {
      expect(normalizePlanNumber(text)).toBe('2-1-3-1');
    }
  });

  it('drops spaces around hyphens but keeps other text', () => {
    expect(normalizePlanNumber('2 - 1 - 3')).toBe('2-1-3');
    expect(normalizePlanNumber('Ａ１')).toBe('A1');
    expect(normalizePlanNumber('')).toBe('');
  });
});

describe('suggestPlanNumber', () => {
  it('starts at 1 under a leaf with no plans yet', () => {
    expect(suggestPlanNumber({ nodes: TREE, nodeId: 'g3', existingNumbers: [] })).toBe('2-1-3-1');
  });

  it('continues after the existing sequence', () => {
    expect(suggestPlanNumber({ nodes: TREE, nodeId: 'g3', existingNumbers: ['2-1-3-1'] })).toBe('2-1-3-2');
  });

  it('reads existing numbers typed in full width or with other hyphens', () => {
    const existingNumbers = ['２－１－３－１', '2ー1ー3ー2', '2-1-3-10'];
    expect(suggestPlanNumber({ nodes: TREE, nodeId: 'g3', existingNumbers })).toBe('2-1-3-11');
  });

  it('does not refill a gap left by a withdrawn plan', () => {
    expect(suggestPlanNumber({ nodes: TREE, nodeId: 'g3', existingNumbers: ['2-1-3-1', '2-1-3-3'] })).toBe('2-1-3-4');
  });

  it('ignores numbers of other nodes, including ones that merely start with the same digits', () => {
    const existingNumbers = ['2-1-2-5', '2-1-31-1', '12-1-3-4', '2-1-3', '2-1-3-x', '2-1-3-1-1'];
    expect(suggestPlanNumber({ nodes: TREE, nodeId: 'g3', existingNumbers })).toBe('2-1-3-1');
  });

  it('throws not_found for an unknown node', () => {
    expect(() => suggestPlanNumber({ nodes: TREE, nodeId: 'nope', existingNumbers: [] })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
