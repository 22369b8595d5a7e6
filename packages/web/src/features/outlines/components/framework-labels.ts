import type { FrameworkNode } from '@gyokaku/contracts';

/** The outline's name for a level; deeper nodes than it names reuse the last name rather than showing nothing. */
export function levelNameOf(levels: readonly string[], depth: number): string {
  return levels[depth] ?? levels.at(-1) ?? '';
}

/** 「1-2 窓口サービスの向上」: how buttons and messages name a node, code first as staff quote it. */
export function nodeName(node: Pick<FrameworkNode, 'code' | 'title'>): string {
  return `${node.code} ${node.title}`;
}

export function childrenByParent<T extends Pick<FrameworkNode, 'parentId' | 'position'>>(nodes: readonly T[]): Map<string | null, T[]> {
  const map = new Map<string | null, T[]>();
  for (const node of nodes) {
    const siblings = map.get(node.parentId) ?? [];
    siblings.push(node);
    map.set(node.parentId, siblings);
  }
  for (const siblings of map.values()) siblings.sort((a, b) => a.position - b.position);
  return map;
}
