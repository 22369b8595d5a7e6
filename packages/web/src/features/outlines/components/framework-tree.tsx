import type { FrameworkNode } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { childrenByParent, levelNameOf } from './framework-labels';
import { NodeCounts } from './node-counts';

interface BranchProps {
  parentId: string | null;
  tree: Map<string | null, FrameworkNode[]>;
  levelName: (depth: number) => string;
}

/** 基本方針1 → 実施項目1-2 → 改革プログラム1-2-3: the numbering staff quote in documents and meetings. */
function Branch({ parentId, tree, levelName }: BranchProps) {
  const nodes = tree.get(parentId) ?? [];
  if (nodes.length === 0) return null;
  const top = parentId === null;
  return (
    <ol className={top ? 'flex flex-col gap-4' : 'mt-3 flex flex-col gap-3 border-l-2 border-key-200 pl-4 md:pl-6'}>
      {nodes.map((node) => (
        <li key={node.id} className={top ? 'rounded-12 border border-solid-gray-200 p-5' : ''}>
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="rounded-4 bg-key-50 px-2 py-0.5 text-dns-14B-130 whitespace-nowrap text-key-1000">
              {`${levelName(node.depth)}${node.code}`}
            </span>
            <span className={top ? 'text-std-18B-160' : 'text-std-16B-170'}>{node.title}</span>
            <NodeCounts node={node} />
          </p>
          {node.description && <p className="mt-1 text-solid-gray-800">{node.description}</p>}
          <Branch parentId={node.id} tree={tree} levelName={levelName} />
        </li>
      ))}
    </ol>
  );
}

interface FrameworkTreeProps {
  nodes: FrameworkNode[];
  /** The outline's own level names (its words, or the municipality's settings). */
  levels: string[];
}

export function FrameworkTree({ nodes, levels }: FrameworkTreeProps) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <p>{t('outlines.detail.frameworkEmpty')}</p>;
  const levelName = (depth: number) => levelNameOf(levels, depth);
  return <Branch parentId={null} tree={childrenByParent(nodes)} levelName={levelName} />;
}
