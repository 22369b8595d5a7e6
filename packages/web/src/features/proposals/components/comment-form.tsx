import type { CommentField, Plan } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddProposalComment } from '../api/use-proposal-mutations';
import { CommentFieldSelect } from './comment-field-select';

interface CommentFormProps {
  plan: Plan;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A comment outside a step: collaborating departments before submission, reviewers on any field. */
export function CommentForm({ plan, onDone, onCancel }: CommentFormProps) {
  const { t } = useTranslation();
  const add = useAddProposalComment(plan.id);
  const [field, setField] = useState('');
  const [body, setBody] = useState('');
  const labels: Record<string, string> = { field: t('proposals.comments.field'), body: t('proposals.comments.body') };
  const form = useFormErrors({ formId: 'proposal-comment', labelFor: (path) => labels[path] ?? path });

  const submit = () => {
    if (!body.trim()) return form.showIssues([{ path: ['body'], code: 'custom', message: t('validation.required', { label: labels.body }) }]);
    form.clear();
    add.mutate(
      { field: field === '' ? null : (field as CommentField), body: body.trim(), version: plan.version },
      { onSuccess: () => onDone(t('proposals.comments.added')), onError: form.showError },
    );
  };

  return (
    <FormPanel title={t('proposals.comments.formTitle')} submitLabel={t('proposals.comments.submit')} form={form} pending={add.isPending} onSubmit={submit} onCancel={onCancel}>
      <CommentFieldSelect {...form.field('field')} label={labels.field!} emptyLabel={t('proposals.comments.wholeProposal')} value={field} onChange={setField} />
      <TextAreaField {...form.field('body')} label={labels.body!} required value={body} onChange={(e) => setBody(e.target.value)} width="lg" />
    </FormPanel>
  );
}
