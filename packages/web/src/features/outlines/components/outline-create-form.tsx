import { CreateOutlineRequestSchema } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { ParsedField } from '../../../components/parsed-input';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateOutline } from '../api/use-outline-mutations';
import { useOutlines } from '../api/use-outlines';
import { useFiscalYearIssues } from './use-fiscal-year-issues';
import { useFiscalYearPreview } from './use-fiscal-year-input';

interface OutlineCreateFormProps {
  onCreated: (outline: { id: string; title: string }) => void;
  onCancel: () => void;
}

/** A new cycle: title, theme and period; the framework is added on the outline's own page. */
export function OutlineCreateForm({ onCreated, onCancel }: OutlineCreateFormProps) {
  const { t } = useTranslation();
  const create = useCreateOutline();
  const outlines = useOutlines();
  const preview = useFiscalYearPreview();
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  // The latest cycle is almost always the one the new outline follows.
  const latest = [...(outlines.data?.items ?? [])].sort((a, b) => b.startFiscalYear - a.startFiscalYear)[0];
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const predecessor = predecessorId ?? latest?.id ?? '';
  const labels: Record<string, string> = {
    title: t('outlines.create.name'),
    theme: t('outlines.create.theme'),
    startFiscalYear: t('outlines.create.start'),
    endFiscalYear: t('outlines.create.end'),
    predecessorId: t('outlines.create.predecessor'),
  };
  const label = (path: string) => labels[path] ?? path;
  const form = useFormErrors({ formId: 'outline-create', labelFor: label });
  const years = useFiscalYearIssues(label);

  const submit = () => {
    const period = years.read({ startFiscalYear: start, endFiscalYear: end });
    const values = { title, theme, ...period.values, predecessorId: predecessor || null };
    const request = form.validate(CreateOutlineRequestSchema, values, period.issues);
    if (request) create.mutate(request, { onSuccess: onCreated, onError: form.showError });
  };

  return (
    <FormPanel
      title={t('outlines.create.title')}
      submitLabel={t('outlines.create.submit')}
      form={form}
      pending={create.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField {...form.field('title')} label={labels.title ?? ''} hint={t('outlines.create.nameHint')} required value={title} onChange={(e) => setTitle(e.target.value)} width="lg" />
      <TextAreaField {...form.field('theme')} label={labels.theme ?? ''} hint={t('outlines.create.themeHint')} value={theme} onChange={(e) => setTheme(e.target.value)} width="lg" />
      <div className="flex flex-wrap gap-x-8 gap-y-6">
        {(['startFiscalYear', 'endFiscalYear'] as const).map((path) => (
          <ParsedField
            key={path}
            {...form.field(path)}
            label={label(path)}
            hint={t('outlines.create.yearHint')}
            required
            value={path === 'startFiscalYear' ? start : end}
            onChange={path === 'startFiscalYear' ? setStart : setEnd}
            preview={preview}
            invalidMessage={t('validation.fiscalYear', { label: label(path) })}
          />
        ))}
      </div>
      <SelectField {...form.field('predecessorId')} label={labels.predecessorId ?? ''} hint={t('outlines.create.predecessorHint')} value={predecessor} onChange={(e) => setPredecessorId(e.target.value)} width="lg">
        <option value="">{t('outlines.create.none')}</option>
        {outlines.data?.items.map((outline) => (
          <option key={outline.id} value={outline.id}>
            {outline.title}
          </option>
        ))}
      </SelectField>
    </FormPanel>
  );
}
