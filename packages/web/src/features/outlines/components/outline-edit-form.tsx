import { UpdateOutlineRequestSchema, type OutlineDetailResponse } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateOutline } from '../api/use-outline-mutations';

interface OutlineFormProps {
  outline: OutlineDetailResponse;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function OutlineEditForm({ outline, onSaved, onCancel }: OutlineFormProps) {
  const { t } = useTranslation();
  const update = useUpdateOutline();
  const [title, setTitle] = useState(outline.title);
  const [theme, setTheme] = useState(outline.theme);
  const labels: Record<string, string> = { title: t('outlines.create.name'), theme: t('outlines.create.theme') };
  const form = useFormErrors({ formId: 'outline-edit', labelFor: (path) => labels[path] ?? path });

  const submit = () => {
    const request = form.validate(UpdateOutlineRequestSchema, { title, theme, version: outline.version });
    if (request) update.mutate({ id: outline.id, ...request }, { onSuccess: () => onSaved(t('common.saved')), onError: form.showError });
  };

  return (
    <FormPanel title={t('outlines.admin.editTitle')} submitLabel={t('common.save')} form={form} pending={update.isPending} onSubmit={submit} onCancel={onCancel}>
      <TextField {...form.field('title')} label={labels.title ?? ''} required value={title} onChange={(e) => setTitle(e.target.value)} width="lg" />
      <TextAreaField {...form.field('theme')} label={labels.theme ?? ''} hint={t('outlines.create.themeHint')} value={theme} onChange={(e) => setTheme(e.target.value)} width="lg" />
    </FormPanel>
  );
}

export type { OutlineFormProps };
