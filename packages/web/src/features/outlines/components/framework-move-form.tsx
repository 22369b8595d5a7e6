import type { FrameworkNode } from '@gyokaku/contracts';
import { descendantIds } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMoveFrameworkNode } from '../api/use-framework-mutations';
import { levelNameOf, nodeName } from './framework-labels';

interface FrameworkMoveFormProps {
  outlineId: string;
  node: FrameworkNode;
  nodes: FrameworkNode[];
  levels: string[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const TOP = 'top';

/** Moves a node (with its subtree) to the end of another parent; only parents where it still fits are offered. */
export function FrameworkMoveForm({ outlineId, node, nodes, levels, onSaved, onCancel }: FrameworkMoveFormProps) {
  const { t } = useTranslation();
  const move = useMoveFrameworkNode(outlineId);
  const [parent, setParent] = useState(node.parentId ?? TOP);
  const form = useFormErrors({ formId: `move-${node.id}`, labelFor: () => t('framework.parent') });
  const below = new Set(descendantIds(nodes, node.id));
  const height = Math.max(0, ...nodes.filter((n) => below.has(n.id)).map((n) => n.depth - node.depth));
  const fits = (depth: number) => depth + height < levels.length;
  const parents = nodes.filter((n) => n.id !== node.id && !below.has(n.id) && fits(n.depth + 1));

  const submit = () => {
    const parentId = parent === TOP ? null : parent;
    const position = nodes.filter((n) => n.parentId === parentId && n.id !== node.id).length;
    move.mutate(
      { id: node.id, parentId, position, version: node.version },
      { onSuccess: () => onSaved(t('framework.moved', { node: nodeName(node) })), onError: form.showError },
    );
  };

  return (
    <FormPanel
      title={t('framework.moveTitle', { node: nodeName(node) })}
      submitLabel={t('framework.moveSubmit')}
      form={form}
      pending={move.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectField {...form.field('parentId')} label={t('framework.parent')} hint={t('framework.parentHint')} value={parent} onChange={(e) => setParent(e.target.value)} width="lg">
        {fits(0) && <option value={TOP}>{t('framework.top', { level: levelNameOf(levels, 0) })}</option>}
        {parents.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {`${levelNameOf(levels, candidate.depth)}${nodeName(candidate)}`}
          </option>
        ))}
      </SelectField>
    </FormPanel>
  );
}
