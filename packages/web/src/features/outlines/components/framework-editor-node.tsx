import type { FrameworkNode } from '@gyokaku/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { levelNameOf, nodeName } from './framework-labels';
import { NodeCounts } from './node-counts';

export type NodeAction = 'add' | 'rename' | 'up' | 'down' | 'move' | 'delete';

interface FrameworkEditorNodeProps {
  node: FrameworkNode;
  index: number;
  siblingCount: number;
  levels: string[];
  busy: boolean;
  onAction: (node: FrameworkNode, action: NodeAction) => void;
  /** The inline form opened for this node, if any. */
  form: ReactNode;
  children: ReactNode;
}

export const moveButtonId = (nodeId: string, direction: 'up' | 'down') => `framework-${direction}-${nodeId}`;

/**
 * One framework item with its tools. Every button's name starts with its visible text and adds the
 * item (「上へ移動（1-2 …）」), so a screen reader's button list says which item each one acts on.
 */
export function FrameworkEditorNode({ node, index, siblingCount, levels, busy, onAction, form, children }: FrameworkEditorNodeProps) {
  const { t } = useTranslation();
  const name = nodeName(node);
  const canHaveChildren = node.depth + 1 < levels.length;
  const tool = (action: NodeAction, text: string, label: string, disabled = false, id?: string) => (
    <Button id={id} variant="tertiary" size="sm" aria-label={label} disabled={disabled} aria-disabled={busy || undefined} onClick={() => !busy && onAction(node, action)}>
      {text}
    </Button>
  );
  return (
    <li className={node.depth === 0 ? 'rounded-12 border border-solid-gray-200 p-4 md:p-5' : ''}>
      <div className="flex flex-col gap-2">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="rounded-4 bg-key-50 px-2 py-0.5 text-dns-14B-130 whitespace-nowrap text-key-1000">
            {`${levelNameOf(levels, node.depth)}${node.code}`}
          </span>
          <span className={node.depth === 0 ? 'text-std-18B-160' : 'text-std-16B-170'}>{node.title}</span>
          <NodeCounts node={node} />
        </p>
        {node.description && <p className="text-solid-gray-800">{node.description}</p>}
        <div className="flex flex-wrap gap-x-1 gap-y-1">
          {tool('rename', t('framework.rename'), t('framework.renameLabel', { node: name }))}
          {canHaveChildren &&
            tool('add', t('framework.addChild', { level: levelNameOf(levels, node.depth + 1) }), t('framework.addChildLabel', { level: levelNameOf(levels, node.depth + 1), node: name }))}
          {tool('up', t('framework.moveUp'), t('framework.moveUpLabel', { node: name }), index === 0, moveButtonId(node.id, 'up'))}
          {tool('down', t('framework.moveDown'), t('framework.moveDownLabel', { node: name }), index === siblingCount - 1, moveButtonId(node.id, 'down'))}
          {tool('move', t('framework.moveTo'), t('framework.moveToLabel', { node: name }))}
          {tool('delete', t('framework.remove'), t('framework.removeLabel', { node: name }))}
        </div>
        {form}
      </div>
      {children}
    </li>
  );
}
