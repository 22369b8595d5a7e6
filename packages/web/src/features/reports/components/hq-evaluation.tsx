import { HqEvaluationRequestSchema, type ProgressReport } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { Panel } from '../../../components/panel';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { useSession } from '../../auth/api/use-session';
import { Facts } from '../../plans/components/detail/sheet-parts';
import { StatusMessage } from '../../proposals/components/status-message';
import { useHqEvaluation } from '../api/use-report-mutations';
import { CodeRadios } from './code-radios';
import { useReportLabels } from './use-report-labels';

function HqEvaluationForm({ report, onDone, onCancel }: { report: ProgressReport; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { settings } = useSession().municipality;
  const save = useHqEvaluation(report.id);
  const [grade, setGrade] = useState(report.hqEvaluation ?? '');
  const [comment, setComment] = useState(report.hqComment);
  const labels: Record<string, string> = { hqEvaluation: t('reports.fields.hqEvaluation'), hqComment: t('reports.fields.hqComment') };
  const form = useFormErrors({ formId: 'hq-evaluation', labelFor: (path) => labels[path] ?? path });
  const conflict = save.error instanceof ApiError && save.error.code === 'edit_conflict';

  const submit = () => {
    const request = form.validate(HqEvaluationRequestSchema, { version: report.version, hqEvaluation: grade || null, hqComment: comment });
    if (request) save.mutate(request, { onSuccess: () => onDone(t('reports.hq.saved')), onError: form.showError });
  };

  return (
    <FormPanel
      title={t('reports.hq.formTitle')}
      submitLabel={t('reports.hq.submit')}
      form={form}
      pending={save.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      errorActions={
        // The page already holds the newer report; closing and reopening starts from it.
        conflict && (
          <div>
            <Button variant="secondary" size="sm" onClick={onCancel}>
              {t('reports.hq.reopen')}
            </Button>
          </div>
        )
      }
    >
      <p>{t('reports.hq.lead')}</p>
      <CodeRadios
        id={form.idFor('hqEvaluation')}
        legend={labels.hqEvaluation!}
        error={form.fieldErrors.hqEvaluation}
        options={settings.evaluationScale.map((entry) => ({ code: entry.code, label: entry.label, hint: entry.description }))}
        value={grade}
        onChange={setGrade}
      />
      <TextAreaField {...form.field('hqComment')} label={labels.hqComment!} value={comment} onChange={(e) => setComment(e.target.value)} width="lg" rows={4} />
    </FormPanel>
  );
}

/**
 * The HQ's evaluation, a second grade beside the department's own (本部評価). Everyone who reads the
 * report sees it; HQ members and the secretariat record it once the department head has signed off.
 */
export function HqEvaluation({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { editing, message, open, saved, close } = useEditingPanel<{ form: 'none' | 'hq' }>({ form: 'none' });
  if (!report.canEvaluateAsHq && report.hqEvaluation === null && !report.hqComment) return null;

  return (
    <Panel
      title={t('reports.hq.title')}
      actions={
        report.canEvaluateAsHq &&
        editing.form === 'none' && (
          <Button size="sm" onClick={() => open({ form: 'hq' })}>
            {report.hqEvaluation === null ? t('reports.hq.record') : t('reports.hq.change')}
          </Button>
        )
      }
    >
      {message && <StatusMessage message={message} />}
      <Facts
        empty={t('reports.hq.notYet')}
        items={[
          [t('reports.fields.hqEvaluation'), report.hqEvaluation === null ? '' : labels.grade(report.hqEvaluation)],
          ...(report.hqComment ? [[t('reports.fields.hqComment'), report.hqComment] as [string, string]] : []),
          [t('reports.fields.selfEvaluation'), report.selfEvaluation === null ? '' : labels.grade(report.selfEvaluation)],
        ]}
      />
      {editing.form === 'hq' && <HqEvaluationForm report={report} onDone={saved} onCancel={close} />}
    </Panel>
  );
}
