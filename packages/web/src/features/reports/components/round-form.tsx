import { CreateReportRoundRequestSchema, type OutlineDetailResponse, type ReportPeriod, type ReportRound } from '@gyokaku/contracts';
import { fiscalYearOf, fiscalYearsBetween, REPORT_PERIODS } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset, Radio, SelectField, TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import { useOpenRound } from '../api/use-report-mutations';
import { useReportLabels } from './use-report-labels';

interface RoundFormProps {
  outline: OutlineDetailResponse;
  onSaved: (round: ReportRound) => void;
  onCancel: () => void;
}

/** The year being reported on is usually the current one; otherwise the outline's first. */
function defaultYear(outline: OutlineDetailResponse): number {
  const current = fiscalYearOf(new Date());
  return current >= outline.startFiscalYear && current <= outline.endFiscalYear ? current : outline.startFiscalYear;
}

/** The secretariat asks every department for the progress of its plans in a fiscal year (上半期 or 通期). */
export function RoundForm({ outline, onSaved, onCancel }: RoundFormProps) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const labels = useReportLabels();
  const open = useOpenRound(outline.id);
  const [fiscalYear, setFiscalYear] = useState(defaultYear(outline));
  const [period, setPeriod] = useState<ReportPeriod>('full_year');
  const [dueOn, setDueOn] = useState('');
  const [instructions, setInstructions] = useState('');
  const fieldLabels: Record<string, string> = {
    fiscalYear: t('reports.roundForm.fiscalYear'),
    period: t('reports.roundForm.period'),
    dueOn: t('reports.roundForm.dueOn'),
    instructions: t('reports.roundForm.instructions'),
  };
  const form = useFormErrors({ formId: 'round-create', labelFor: (path) => fieldLabels[path] ?? path });

  const submit = () => {
    const request = form.validate(CreateReportRoundRequestSchema, { fiscalYear, period, dueOn, instructions });
    if (request) open.mutate(request, { onSuccess: onSaved, onError: form.showError });
  };

  return (
    <FormPanel title={t('reports.roundForm.title')} submitLabel={t('reports.roundForm.submit')} form={form} pending={open.isPending} onSubmit={submit} onCancel={onCancel}>
      <p>{t('reports.roundForm.lead')}</p>
      <div className="flex flex-wrap gap-6">
        <SelectField {...form.field('fiscalYear')} label={fieldLabels.fiscalYear!} required value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))} width="date">
          {fiscalYearsBetween(outline.startFiscalYear, outline.endFiscalYear).map((fy) => (
            <option key={fy} value={fy}>
              {year(fy)}
            </option>
          ))}
        </SelectField>
        <Fieldset id={form.idFor('period')} legend={fieldLabels.period!} required error={form.fieldErrors.period}>
          <div className="flex flex-wrap gap-6">
            {REPORT_PERIODS.map((value) => (
              <Radio key={value} id={form.idFor(`period-${value}`)} name="round-period" label={labels.period(value)} checked={period === value} onChange={() => setPeriod(value)} />
            ))}
          </div>
        </Fieldset>
        <TextField {...form.field('dueOn')} label={fieldLabels.dueOn!} required type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} width="date" />
      </div>
      <TextAreaField
        {...form.field('instructions')}
        label={fieldLabels.instructions!}
        hint={t('reports.roundForm.instructionsHint')}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        width="lg"
        rows={5}
      />
    </FormPanel>
  );
}
