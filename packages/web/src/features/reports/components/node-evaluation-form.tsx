import { NodeEvaluationRequestSchema, type RoundDashboard } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSession } from '../../auth/api/use-session';
import { useNodeEvaluation } from '../api/use-report-mutations';
import { CodeRadios } from './code-radios';

interface NodeEvaluationFormProps {
  roundId: string;
  slice: RoundDashboard['byNode'][number];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The HQ's evaluation of a framework node as a whole (e.g. per 取組事項), over the version the member saw. */
export function NodeEvaluationForm({ roundId, slice, onDone, onCancel }: NodeEvaluationFormProps) {
  const { t } = useTranslation();
  const { settings } = useSession().municipality;
  const save = useNodeEvaluation(roundId, slice.node.id);
  const [evaluation, setEvaluation] = useState(slice.hqEvaluation?.evaluation ?? '');
  const [comment, setComment] = useState(slice.hqEvaluation?.comment ?? '');
  const labels: Record<string, string> = { evaluation: t('reports.fields.hqEvaluation'), comment: t('reports.fields.hqComment') };
  const form = useFormErrors({ formId: 'node-evaluation', labelFor: (path) => labels[path] ?? path });
  const name = `${slice.node.code} ${slice.node.title}`;

  const submit = () => {
    const request = form.validate(NodeEvaluationRequestSchema, { evaluation, comment, version: slice.hqEvaluation?.version ?? null });
    if (request) save.mutate(request, { onSuccess: () => onDone(t('reports.nodeEvaluation.saved', { name })), onError: form.showError });
  };

  return (
    <FormPanel title={t('reports.nodeEvaluation.title', { name })} submitLabel={t('reports.hq.submit')} form={form} pending={save.isPending} onSubmit={submit} onCancel={onCancel}>
      <p>{t('reports.nodeEvaluation.lead')}</p>
      <CodeRadios
        id={form.idFor('evaluation')}
        legend={labels.evaluation!}
        error={form.fieldErrors.evaluation}
        options={settings.evaluationScale.map((grade) => ({ code: grade.code, label: grade.label, hint: grade.description }))}
        value={evaluation}
        onChange={setEvaluation}
      />
      <TextAreaField {...form.field('comment')} label={labels.comment!} value={comment} onChange={(e) => setComment(e.target.value)} width="lg" rows={4} />
    </FormPanel>
  );
}
