import type { ProgressReport, ReportAction } from '@gyokaku/contracts';
import { reportActionNeedsComment } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { Notice } from '../../../components/notice';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useReportTransition } from '../api/use-report-mutations';

// Steps that hand the report on as it was saved: unsaved typing would silently stay behind.
const HANDS_ON: ReadonlySet<ReportAction> = new Set(['submit', 'approve', 'accept']);

interface ReportActionFormProps {
  report: ProgressReport;
  action: ReportAction;
  /** Whether the report form holds typing not yet saved. */
  unsaved: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** One step of the workflow, confirmed in a small form; returns must say why. */
export function ReportActionForm({ report, action, unsaved, onDone, onCancel }: ReportActionFormProps) {
  const { t } = useTranslation();
  const transition = useReportTransition(report.id);
  const needsReason = reportActionNeedsComment(action);
  const [comment, setComment] = useState('');
  const commentLabel = needsReason ? t('reports.action.reason') : t('reports.action.comment');
  const form = useFormErrors({ formId: `report-${action}`, labelFor: () => commentLabel });
  const blocked = unsaved && HANDS_ON.has(action);

  const submit = () => {
    if (needsReason && !comment.trim()) return form.showIssues([{ path: ['comment'], code: 'custom', message: t('validation.required', { label: commentLabel }) }]);
    form.clear();
    transition.mutate({ action, version: report.version, comment: comment.trim() }, { onSuccess: () => onDone(t(`reports.done.${action}`)), onError: form.showError });
  };

  if (blocked) {
    return (
      <Notice tone="error">
        <p>{t('reports.action.unsaved', { action: t(`reports.actions.${action}`) })}</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={onCancel}>
          {t('reports.action.close')}
        </Button>
      </Notice>
    );
  }

  return (
    <FormPanel title={t(`reports.actionTitles.${action}`)} submitLabel={t(`reports.confirm.${action}`)} form={form} pending={transition.isPending} onSubmit={submit} onCancel={onCancel}>
      <p>{t(`reports.actionHints.${action}`)}</p>
      <TextAreaField {...form.field('comment')} label={commentLabel} required={needsReason} value={comment} onChange={(e) => setComment(e.target.value)} width="lg" />
    </FormPanel>
  );
}
