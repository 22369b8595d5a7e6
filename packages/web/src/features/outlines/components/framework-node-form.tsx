import {
  CreateFrameworkNodeRequestSchema,
  UpdateFrameworkNodeRequestSchema,
  type FrameworkNode,
} from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddFrameworkNode, useRenameFrameworkNode } from '../api/use-framework-mutations';
import { nodeName } from './framework-labels';

/** A new node under `parent` (null: top level), or a rename of `node`. */
export type NodeFormTarget = { kind: 'add'; parent: FrameworkNode | null; level: string } | { kind: 'rename'; node: FrameworkNode; level: string };

interface FrameworkNodeFormProps {
  outlineId: string;
  target: NodeFormTarget;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function FrameworkNodeForm({ outlineId, target, onSaved, onCancel }: FrameworkNodeFormProps) {
  const { t } = useTranslation();
  const add = useAddFrameworkNode(outlineId);
  const rename = useRenameFrameworkNode(outlineId);
  const existing = target.kind === 'rename' ? target.node : null;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const labels: Record<string, string> = {
    title: t('framework.nodeTitle', { level: target.level }),
    description: t('framework.description'),
  };
  const form = useFormErrors({ formId: `node-${existing?.id ?? 'new'}`, labelFor: (path) => labels[path] ?? path });

  const submit = () => {
    if (target.kind === 'rename') {
      const request = form.validate(UpdateFrameworkNodeRequestSchema, { title, description, version: target.node.version });
      if (request) rename.mutate({ id: target.node.id, ...request }, { onSuccess: () => onSaved(t('framework.renamed')), onError: form.showError });
      return;
    }
    const request = form.validate(CreateFrameworkNodeRequestSchema, { parentId: target.parent?.id ?? null, title, description });
    if (request) add.mutate(request, { onSuccess: (node) => onSaved(t('framework.added', { title: node.title })), onError: form.showError });
  };

  return (
    <FormPanel
      title={target.kind === 'rename' ? t('framework.renameTitle', { node: nodeName(target.node) }) : t('framework.addChild', { level: target.level })}
      submitLabel={target.kind === 'rename' ? t('common.save') : t('framework.addSubmit')}
      form={form}
      pending={add.isPending || rename.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {target.kind === 'add' && target.parent && <p>{t('framework.addUnder', { node: nodeName(target.parent) })}</p>}
      <TextField {...form.field('title')} label={labels.title ?? ''} required value={title} onChange={(e) => setTitle(e.target.value)} width="lg" />
      <TextAreaField
        {...form.field('description')}
        label={labels.description ?? ''}
        hint={t('framework.descriptionHint')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        width="lg"
      />
    </FormPanel>
  );
}
