import { ExtendPeriodRequestSchema, type ExtendPeriodRequest } from '@gyokaku/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { ParsedField } from '../../../components/parsed-input';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFiscalYearIssues } from './use-fiscal-year-issues';
import { useFiscalYearPreview } from './use-fiscal-year-input';
import { useFiscalYear } from './use-outline-period';

interface PeriodExtendFormProps {
  formId: string;
  /** What is extended: an outline or one plan. */
  current: { id: string; endFiscalYear: number; version: number };
  extend: UseMutationResult<unknown, unknown, ExtendPeriodRequest & { id: string }>;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * Cities extend a cycle or a plan by a year or two so no gap opens before the next outline;
 * the reason stays on record.
 */
export function PeriodExtendForm({ formId, current, extend, onSaved, onCancel }: PeriodExtendFormProps) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const preview = useFiscalYearPreview();
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const labels: Record<string, string> = { endFiscalYear: t('outlines.admin.newEnd'), reason: t('outlines.admin.reason') };
  const label = (path: string) => labels[path] ?? path;
  const form = useFormErrors({ formId, labelFor: label });
  const years = useFiscalYearIssues(label);

  const submit = () => {
    const period = years.read({ endFiscalYear: end });
    const request = form.validate(ExtendPeriodRequestSchema, { ...period.values, reason, version: current.version }, period.issues);
    if (request) {
      extend.mutate(
        { id: current.id, ...request },
        { onSuccess: () => onSaved(t('outlines.admin.extended', { year: year(request.endFiscalYear) })), onError: form.showError },
      );
    }
  };

  return (
    <FormPanel title={t('outlines.admin.extendTitle')} submitLabel={t('outlines.admin.extendSubmit')} form={form} pending={extend.isPending} onSubmit={submit} onCancel={onCancel}>
      <ParsedField
        {...form.field('endFiscalYear')}
        label={label('endFiscalYear')}
        hint={t('outlines.admin.newEndHint', { year: year(current.endFiscalYear) })}
        required
        value={end}
        onChange={setEnd}
        preview={preview}
        invalidMessage={t('validation.fiscalYear', { label: label('endFiscalYear') })}
      />
      <TextAreaField {...form.field('reason')} label={label('reason')} hint={t('outlines.admin.reasonHint')} required value={reason} onChange={(e) => setReason(e.target.value)} width="lg" />
    </FormPanel>
  );
}
