import type { CommentField, Plan, ProposalAction } from '@gyokaku/contracts';
import { proposalActionNeedsComment } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { ListEditor } from '../../../components/list-editor';
import { nextRowKey } from '../../../lib/row-key';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useProposalTransition } from '../api/use-proposal-mutations';
import { CommentFieldSelect } from './comment-field-select';

interface FieldCommentRow {
  key: number;
  field: string;
  body: string;
}

interface ProposalActionFormProps {
  plan: Plan;
  action: ProposalAction;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const newRow = (): FieldCommentRow => ({ key: nextRowKey(), field: '', body: '' });

/**
 * One step of the workflow, confirmed in a small form. Returns and refusals must say why; the
 * secretariat's return may point at fields of the sheet, each comment then shown beside its field.
 */
export function ProposalActionForm({ plan, action, onDone, onCancel }: ProposalActionFormProps) {
  const { t } = useTranslation();
  const transition = useProposalTransition(plan.id);
  const needsComment = proposalActionNeedsComment(action);
  const perField = action === 'return';
  const [comment, setComment] = useState('');
  const [rows, setRows] = useState<FieldCommentRow[]>([]);
  const commentLabel = needsComment ? t('proposals.action.reason') : t('proposals.action.comment');
  const labelFor = (path: string) => {
    const [head, index, part] = path.split('.');
    if (head === 'fieldComments') return t(part === 'field' ? 'proposals.action.fieldLabel' : 'proposals.action.bodyLabel', { n: Number(index) + 1 });
    return commentLabel;
  };
  const form = useFormErrors({ formId: `proposal-${action}`, labelFor });

  const submit = () => {
    // The workflow's own rules (a reason for a return, a field for a field comment) checked before sending.
    const issues = [
      ...(needsComment && !comment.trim() ? [{ path: ['comment'], code: 'custom', message: t('validation.required', { label: commentLabel }) }] : []),
      ...rows.flatMap((row, index) => [
        ...(row.field ? [] : [{ path: ['fieldComments', index, 'field'], code: 'custom', message: t('validation.select', { label: labelFor(`fieldComments.${index}.field`) }) }]),
        ...(row.body.trim() ? [] : [{ path: ['fieldComments', index, 'body'], code: 'custom', message: t('validation.required', { label: labelFor(`fieldComments.${index}.body`) }) }]),
      ]),
    ];
    if (issues.length > 0) return form.showIssues(issues);
    form.clear();
    transition.mutate(
      {
        action,
        version: plan.version,
        comment: comment.trim(),
        fieldComments: rows.map((row) => ({ field: row.field as CommentField, body: row.body.trim() })),
      },
      { onSuccess: () => onDone(t(`proposals.done.${action}`)), onError: form.showError },
    );
  };

  return (
    <FormPanel title={t(`proposals.actionTitles.${action}`)} submitLabel={t(`proposals.confirm.${action}`)} form={form} pending={transition.isPending} onSubmit={submit} onCancel={onCancel}>
      <p>{t(`proposals.actionHints.${action}`)}</p>
      <TextAreaField {...form.field('comment')} label={commentLabel} required={needsComment} value={comment} onChange={(e) => setComment(e.target.value)} width="lg" />
      {perField && (
        <ListEditor
          id={form.idFor('fieldComments')}
          legend={t('proposals.action.fieldComments')}
          hint={t('proposals.action.fieldCommentsHint')}
          items={rows}
          min={0}
          max={50}
          onChange={setRows}
          onAdd={() => setRows([...rows, newRow()])}
          addLabel={t('proposals.action.addFieldComment')}
          removeLabel={(n) => t('proposals.action.removeFieldComment', { n })}
          renderItem={(row, index, update) => (
            <div className="flex w-full flex-col gap-4">
              <CommentFieldSelect
                {...form.field(`fieldComments.${index}.field`)}
                label={labelFor(`fieldComments.${index}.field`)}
                required
                emptyLabel={t('common.choose')}
                value={row.field}
                onChange={(field) => update({ field })}
              />
              <TextAreaField
                {...form.field(`fieldComments.${index}.body`)}
                label={labelFor(`fieldComments.${index}.body`)}
                required
                value={row.body}
                onChange={(e) => update({ body: e.target.value })}
                width="lg"
              />
            </div>
          )}
        />
      )}
    </FormPanel>
  );
}
