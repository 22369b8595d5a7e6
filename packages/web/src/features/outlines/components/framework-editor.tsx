import type { FrameworkNode, OutlineDetailResponse } from '@gyokaku/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { Panel } from '../../../components/panel';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useMoveFrameworkNode } from '../api/use-framework-mutations';
import { FrameworkDeleteConfirm } from './framework-delete-confirm';
import { FrameworkEditorNode, moveButtonId, type NodeAction } from './framework-editor-node';
import { childrenByParent, levelNameOf, nodeName } from './framework-labels';
import { FrameworkMoveForm } from './framework-move-form';
import { FrameworkNodeForm } from './framework-node-form';

type Editing = { action: 'none' } | { action: Exclude<NodeAction, 'up' | 'down'>; node: FrameworkNode | null };

/** The secretariat's framework editor: one inline form at a time, opened under the node it concerns. */
export function FrameworkEditor({ outline }: { outline: OutlineDetailResponse }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const move = useMoveFrameworkNode(outline.id);
  const [editing, setEditing] = useState<Editing>({ action: 'none' });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const levels = outline.frameworkLevels;
  const tree = childrenByParent(outline.nodes);

  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  // The closed form held focus; the confirmation takes it so keyboard users are not dropped to the page top.
  const done = (text: string) => {
    setEditing({ action: 'none' });
    setMessage({ tone: 'success', text });
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  // Up and down act at once; focus returns to the same button, or its twin once the node reaches an end.
  const shift = (node: FrameworkNode, direction: 'up' | 'down') => {
    const siblings = tree.get(node.parentId) ?? [];
    const index = siblings.findIndex((sibling) => sibling.id === node.id);
    const position = direction === 'up' ? index - 1 : index + 1;
    setMessage(null);
    move.mutate(
      { id: node.id, parentId: node.parentId, position, version: node.version },
      {
        onSuccess: () => {
          setMessage({ tone: 'success', text: t('framework.moved', { node: nodeName(node) }) });
          requestAnimationFrame(() => {
            const same = document.getElementById(moveButtonId(node.id, direction)) as HTMLButtonElement | null;
            const other = document.getElementById(moveButtonId(node.id, direction === 'up' ? 'down' : 'up'));
            (same && !same.disabled ? same : other)?.focus();
          });
        },
        onError: (error) => setMessage({ tone: 'error', text: errorMessage(error) }),
      },
    );
  };

  const onAction = (node: FrameworkNode, action: NodeAction) => {
    if (action === 'up' || action === 'down') shift(node, action);
    else open({ action, node });
  };

  const formFor = (node: FrameworkNode | null): ReactNode => {
    if (editing.action === 'none' || editing.node?.id !== node?.id) return null;
    const close = () => setEditing({ action: 'none' });
    const childLevel = levelNameOf(levels, node ? node.depth + 1 : 0);
    switch (editing.action) {
      case 'add':
        return <FrameworkNodeForm outlineId={outline.id} target={{ kind: 'add', parent: node, level: childLevel }} onSaved={done} onCancel={close} />;
      case 'rename':
        return node && <FrameworkNodeForm key={node.version} outlineId={outline.id} target={{ kind: 'rename', node, level: levelNameOf(levels, node.depth) }} onSaved={done} onCancel={close} />;
      case 'move':
        return node && <FrameworkMoveForm outlineId={outline.id} node={node} nodes={outline.nodes} levels={levels} onSaved={done} onCancel={close} />;
      case 'delete':
        return node && <FrameworkDeleteConfirm outlineId={outline.id} node={node} onDeleted={done} onCancel={close} />;
    }
  };

  const branch = (parentId: string | null): ReactNode => {
    const nodes = tree.get(parentId) ?? [];
    if (nodes.length === 0) return null;
    return (
      <ol className={parentId === null ? 'flex flex-col gap-4' : 'mt-3 flex flex-col gap-3 border-l-2 border-key-200 pl-4 md:pl-6'}>
        {nodes.map((node, index) => (
          <FrameworkEditorNode key={node.id} node={node} index={index} siblingCount={nodes.length} levels={levels} busy={move.isPending} onAction={onAction} form={formFor(node)}>
            {branch(node.id)}
          </FrameworkEditorNode>
        ))}
      </ol>
    );
  };

  const topLevel = levelNameOf(levels, 0);
  return (
    <Panel
      title={t('outlines.detail.framework')}
      actions={
        <Button variant="secondary" size="sm" onClick={() => open({ action: 'add', node: null })}>
          {t('framework.addChild', { level: topLevel })}
        </Button>
      }
    >
      <p className="text-solid-gray-800">{t('framework.editorLead', { leaf: levels.at(-1) ?? '' })}</p>
      <div ref={messageRef} tabIndex={-1} className="outline-none empty:hidden">
        {message && (
          <Notice tone={message.tone}>
            <p>{message.text}</p>
          </Notice>
        )}
      </div>
      {formFor(null)}
      {outline.nodes.length === 0 ? <p>{t('framework.empty', { level: topLevel })}</p> : branch(null)}
    </Panel>
  );
}
