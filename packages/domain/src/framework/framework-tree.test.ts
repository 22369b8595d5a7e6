import { describe, it, expect } from 'vitest';
import {
  depthOf,
  descendantIds,
  frameworkCode,
  frameworkPath,
  isLeaf,
  leafIds,
  orderedTree,
  validateNodePlacement,
  type FrameworkTreeNode,
} from './framework-tree.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

const node = (id: string, parentId: string | null, position: number, title = id): FrameworkTreeNode => ({
  id,
  parentId,
  position,
  title,
});

// The reference city's FY2018 framework (基本方針 → 実施項目 → 改革プログラム), stored unordered.
const TREE: FrameworkTreeNode[] = [
  node('p2i1g3', 'p2i1', 2, 'AI・RPAの活用'),
  node('p3', null, 2, '安定した財政で未来へつなげよう！'),
  node('p2', null, 1, '職員みんなで効率的・効果的に仕事をしよう！'),
  node('p2i1g1', 'p2i1', 0, 'ペーパーレス化'),
  node('p1', null, 0, '市民に分かりやすい市役所にしよう！'),
  node('p2i1', 'p2', 0, '情報通信技術(ICT)の活用による事務の効率化'),
  node('p2i1g2', 'p2i1', 1, '電子申請'),
  node('p1i1', 'p1', 0, '市民に分かりやすい窓口対応・手続き案内'),
  node('p1i1g1', 'p1i1', 0, '窓口サービスの向上'),
  node('p2i2', 'p2', 1, '効率的・効果的な庁内連携'),
];

describe('frameworkPath / frameworkCode', () => {
  it('numbers a node by its 1-based position under each ancestor', () => {
    expect(frameworkPath(TREE, 'p2i1g3')).toEqual([2, 1, 3]);
    expect(frameworkCode(TREE, 'p2i1g3')).toBe('2-1-3');
    expect(frameworkCode(TREE, 'p2i2')).toBe('2-2');
    expect(frameworkCode(TREE, 'p3')).toBe('3');
  });

  it('numbers by display order, so gaps in stored positions leave no gaps in the numbers', () => {
    const gappy = [node('a', null, 0), node('b', null, 5), node('b1', 'b', 3), node('b2', 'b', 9)];
    expect(frameworkCode(gappy, 'b2')).toBe('2-2');
  });

  it('breaks a tie in position by id so numbering stays stable', () => {
    const tied = [node('y', null, 0), node('x', null, 0)];
    expect(frameworkCode(tied, 'x')).toBe('1');
    expect(frameworkCode(tied, 'y')).toBe('2');
  });

  it('throws not_found for an unknown node or a missing ancestor', () => {
    expectCode(() => frameworkPath(TREE, 'nope'), 'not_found');
    expectCode(() => frameworkCode([node('orphan', 'gone', 0)], 'orphan'), 'not_found');
  });

  it('throws framework_cycle instead of looping on corrupt parent links', () => {
    expectCode(() => frameworkPath([node('a', 'b', 0), node('b', 'a', 0)], 'a'), 'framework_cycle');
  });
});

describe('isLeaf / leafIds', () => {
  it('treats nodes without children as leaves, at any depth', () => {
    expect(leafIds(TREE)).toEqual(new Set(['p1i1g1', 'p2i1g1', 'p2i1g2', 'p2i1g3', 'p2i2', 'p3']));
    expect(isLeaf(TREE, 'p2i1g1')).toBe(true);
    expect(isLeaf(TREE, 'p2i1')).toBe(false);
  });

  it('does not call an unknown node a leaf', () => {
    expect(isLeaf(TREE, 'nope')).toBe(false);
  });

  it('has no leaves in an empty framework', () => {
    expect(leafIds([])).toEqual(new Set());
  });
});

describe('depthOf', () => {
  it('counts from 0 at the top level, like frameworkLevels[depth]', () => {
    expect(depthOf(TREE, 'p1')).toBe(0);
    expect(depthOf(TREE, 'p2i2')).toBe(1);
    expect(depthOf(TREE, 'p2i1g3')).toBe(2);
  });

  it('throws not_found for an unknown node', () => {
    expectCode(() => depthOf(TREE, 'nope'), 'not_found');
  });
});

describe('descendantIds', () => {
  it('lists everything below a node in display order, without the node itself', () => {
    expect(descendantIds(TREE, 'p2')).toEqual(['p2i1', 'p2i1g1', 'p2i1g2', 'p2i1g3', 'p2i2']);
    expect(descendantIds(TREE, 'p3')).toEqual([]);
  });

  it('throws not_found for an unknown node', () => {
    expectCode(() => descendantIds(TREE, 'nope'), 'not_found');
  });
});

describe('validateNodePlacement', () => {
  it('accepts a new node at the top or under a node with room left', () => {
    expect(() => validateNodePlacement({ nodes: TREE, parentId: null, maxDepth: 3 })).not.toThrow();
    expect(() => validateNodePlacement({ nodes: TREE, parentId: 'p2i2', maxDepth: 3 })).not.toThrow();
    expect(() => validateNodePlacement({ nodes: [], parentId: null, maxDepth: 1 })).not.toThrow();
  });

  it('rejects a new node below the last level with framework_too_deep', () => {
    expectCode(() => validateNodePlacement({ nodes: TREE, parentId: 'p2i1g1', maxDepth: 3 }), 'framework_too_deep');
    expectCode(() => validateNodePlacement({ nodes: TREE, parentId: 'p1', maxDepth: 1 }), 'framework_too_deep');
  });

  it('counts the moved subtree: an item with programmes cannot become a programme', () => {
    expectCode(
      () => validateNodePlacement({ nodes: TREE, nodeId: 'p2i1', parentId: 'p1i1', maxDepth: 3 }),
      'framework_too_deep',
    );
    expect(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2i1', parentId: 'p1', maxDepth: 3 })).not.toThrow();
    expect(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2i2', parentId: 'p1i1', maxDepth: 3 })).not.toThrow();
  });

  it('lets a subtree move up to the top level when it fits', () => {
    expect(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2i1', parentId: null, maxDepth: 2 })).not.toThrow();
    expectCode(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2', parentId: null, maxDepth: 2 }), 'framework_too_deep');
  });

  it('rejects moving a node under itself or its descendant with framework_cycle', () => {
    expectCode(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2', parentId: 'p2', maxDepth: 9 }), 'framework_cycle');
    expectCode(() => validateNodePlacement({ nodes: TREE, nodeId: 'p2', parentId: 'p2i1g2', maxDepth: 9 }), 'framework_cycle');
  });

  it('rejects an unknown parent or moved node with not_found', () => {
    expectCode(() => validateNodePlacement({ nodes: TREE, parentId: 'nope', maxDepth: 3 }), 'not_found');
    expectCode(() => validateNodePlacement({ nodes: TREE, nodeId: 'nope', parentId: null, maxDepth: 3 }), 'not_found');
  });

  it('says in Japanese how deep the framework may be', () => {
    expect(() => validateNodePlacement({ nodes: TREE, parentId: 'p2i1g1', maxDepth: 3 })).toThrow(
      '体系は3階層までです。この位置に置くと4階層になります。',
    );
  });
});

describe('orderedTree', () => {
  it('walks the tree depth-first in display order with depth, path and code', () => {
    const rows = orderedTree(TREE).map(({ node: n, depth, code }) => [n.id, depth, code]);
    expect(rows).toEqual([
      ['p1', 0, '1'],
      ['p1i1', 1, '1-1'],
      ['p1i1g1', 2, '1-1-1'],
      ['p2', 0, '2'],
      ['p2i1', 1, '2-1'],
      ['p2i1g1', 2, '2-1-1'],
      ['p2i1g2', 2, '2-1-2'],
      ['p2i1g3', 2, '2-1-3'],
      ['p2i2', 1, '2-2'],
      ['p3', 0, '3'],
    ]);
    expect(orderedTree(TREE)[7]?.path).toEqual([2, 1, 3]);
  });

  it('agrees with frameworkCode for every node', () => {
    for (const entry of orderedTree(TREE)) expect(entry.code).toBe(frameworkCode(TREE, entry.node.id));
  });

  it('returns the caller’s own node objects, extra fields included', () => {
    const rich = [{ ...node('a', null, 0), description: '説明' }];
    expect(orderedTree(rich)[0]?.node.description).toBe('説明');
  });

  it('leaves out nodes that cannot be reached from the top level', () => {
    const broken = [node('a', null, 0), node('orphan', 'gone', 0), node('x', 'y', 0), node('y', 'x', 0)];
    expect(orderedTree(broken).map((entry) => entry.node.id)).toEqual(['a']);
    expect(orderedTree([])).toEqual([]);
  });
});
