import type { Call, CallDepartment } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { formatDateTime } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAnswerNoProposal } from '../api/use-call-mutations';

interface NoProposalAnswerProps {
  call: Call;
  entry: CallDepartment;
  onDone: (message: string) => void;
}

/** 「提案なし」: a department with nothing to propose says so (with an optional note), and may take it back. */
export function NoProposalAnswer({ call, entry, onDone }: NoProposalAnswerProps) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerNoProposal(call.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const form = useFormErrors({ formId: `no-proposal-${entry.department.id}`, labelFor: () => t('proposals.answer.note') });
  const send = (withdraw: boolean) =>
    answer.mutate(
      { departmentId: entry.department.id, note: withdraw ? '' : note, withdraw },
      {
        onSuccess: () => {
          setOpen(false);
          onDone(t(withdraw ? 'proposals.answer.noProposalWithdrawn' : 'proposals.answer.noProposalSaved'));
        },
        onError: form.showError,
      },
    );

  if (entry.noProposalAt) {
    return (
      <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
        <p className="text-std-16B-170">{t('proposals.answer.noProposalAnswered', { at: formatDateTime(entry.noProposalAt, i18n.language) })}</p>
        {entry.noProposalNote && <p className="whitespace-pre-wrap">{t('proposals.answer.noteValue', { note: entry.noProposalNote })}</p>}
        {form.formError && <p className="text-error-2">{form.formError}</p>}
        <div>
          <Button variant="secondary" size="sm" aria-disabled={answer.isPending} onClick={() => !answer.isPending && send(true)}>
            {t('proposals.answer.withdrawNoProposal')}
          </Button>
        </div>
      </div>
    );
  }
  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('proposals.answer.noProposal')}
        </Button>
      </div>
    );
  }
  return (
    <FormPanel
      title={t('proposals.answer.noProposalTitle', { department: entry.department.name })}
      submitLabel={t('proposals.answer.noProposalSubmit')}
      form={form}
      pending={answer.isPending}
      onSubmit={() => send(false)}
      onCancel={() => setOpen(false)}
    >
      <p>{t('proposals.answer.noProposalLead')}</p>
      <TextAreaField {...form.field('note')} label={t('proposals.answer.note')} hint={t('proposals.answer.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} width="lg" />
    </FormPanel>
  );
}
