import { CreateCallRequestSchema, UpdateCallRequestSchema, type Call } from '@gyokaku/contracts';
import { todayInJapan } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Checkbox, TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOrganisation } from '../../organisation/api/use-organisation';
import { useCreateCall, useUpdateCall } from '../api/use-call-mutations';
import { DepartmentPicker } from './department-picker';

interface CallFormProps {
  outlineId: string;
  /** Absent when opening a new call. */
  call?: Call | undefined;
  onSaved: (call: Call) => void;
  onCancel: () => void;
  /** Fetches the call again after an edit conflict; the page then re-opens the form with it. */
  onReload?: () => void;
}

/** The secretariat opens a call for proposals (実施計画の募集) or changes its period, instructions or departments. */
export function CallForm({ outlineId, call, onSaved, onCancel, onReload }: CallFormProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const create = useCreateCall(outlineId);
  const update = useUpdateCall(call?.id ?? '');
  const [title, setTitle] = useState(call?.title ?? '');
  const [instructions, setInstructions] = useState(call?.instructions ?? '');
  const [opensOn, setOpensOn] = useState(call?.opensOn ?? todayInJapan(new Date()));
  const [closesOn, setClosesOn] = useState(call?.closesOn ?? '');
  const [answerRequired, setAnswerRequired] = useState(call?.answerRequired ?? true);
  const [departmentIds, setDepartmentIds] = useState<string[]>(call?.departments.map((entry) => entry.department.id) ?? []);
  const labels: Record<string, string> = {
    title: t('proposals.callForm.title'),
    instructions: t('proposals.callForm.instructions'),
    opensOn: t('proposals.callForm.opensOn'),
    closesOn: t('proposals.callForm.closesOn'),
    departmentIds: t('proposals.callForm.departments'),
  };
  const form = useFormErrors({ formId: call ? 'call-edit' : 'call-create', labelFor: (path) => labels[path] ?? path });
  const conflict = update.error instanceof ApiError && update.error.code === 'edit_conflict';

  const submit = () => {
    // The order of the two dates is the domain's rule; saying it here spares a round trip.
    const periodIssues =
      opensOn && closesOn && closesOn < opensOn ? [{ path: ['closesOn'], code: 'custom', message: t('errors.invalid_call_period') }] : [];
    const values = { title, instructions, opensOn, closesOn, answerRequired, departmentIds };
    if (call) {
      const request = form.validate(UpdateCallRequestSchema, { ...values, version: call.version }, periodIssues);
      if (request) update.mutate(request, { onSuccess: onSaved, onError: form.showError });
    } else {
      const request = form.validate(CreateCallRequestSchema, values, periodIssues);
      if (request) create.mutate(request, { onSuccess: onSaved, onError: form.showError });
    }
  };

  return (
    <FormPanel
      title={call ? t('proposals.callForm.editTitle') : t('proposals.callForm.createTitle')}
      submitLabel={call ? t('common.save') : t('proposals.callForm.createSubmit')}
      form={form}
      pending={create.isPending || update.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      errorActions={
        conflict &&
        onReload && (
          <div>
            <Button variant="secondary" size="sm" onClick={onReload}>
              {t('common.reload')}
            </Button>
          </div>
        )
      }
    >
      <TextField {...form.field('title')} label={labels.title!} hint={t('proposals.callForm.titleHint')} required value={title} onChange={(e) => setTitle(e.target.value)} width="lg" />
      <TextAreaField
        {...form.field('instructions')}
        label={labels.instructions!}
        hint={t('proposals.callForm.instructionsHint')}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        width="lg"
        rows={6}
      />
      <div className="flex flex-wrap gap-6">
        <TextField {...form.field('opensOn')} label={labels.opensOn!} hint={t('proposals.callForm.opensOnHint')} required type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} width="date" />
        <TextField
          {...form.field('closesOn')}
          label={labels.closesOn!}
          hint={t('proposals.callForm.closesOnHint')}
          required
          type="date"
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
          width="date"
        />
      </div>
      <Checkbox id={form.idFor('answerRequired')} label={t('proposals.callForm.answerRequired')} checked={answerRequired} onChange={(e) => setAnswerRequired(e.target.checked)} />
      <QueryState query={organisation}>
        {(data) => (
          <DepartmentPicker
            {...form.field('departmentIds')}
            legend={labels.departmentIds!}
            hint={t('proposals.callForm.departmentsHint')}
            organisation={data}
            selected={departmentIds}
            onChange={setDepartmentIds}
          />
        )}
      </QueryState>
    </FormPanel>
  );
}
