import { useTranslation } from 'react-i18next';
import { Fieldset, Radio, TextAreaField, TextField } from '../../../../components/form-field';
import { PLAN_KIND_CODES } from '../../plan-codes';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';

export function OverviewSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const { draft, change, field } = usePlanFormContext();
  const kind = field('kind');
  const text = (path: 'currentSituation' | 'aim' | 'actions') => (
    <TextAreaField {...field(path)} hint={t(`plans.form.hints.${path}`)} value={draft[path]} onChange={(e) => change({ [path]: e.target.value })} rows={5} />
  );

  return (
    <FormSection number={number} title={t('plans.form.sections.overview')}>
      <TextField {...field('title')} hint={t('plans.form.hints.title')} required value={draft.title} onChange={(e) => change({ title: e.target.value })} width="lg" />
      <Fieldset id={kind.id} legend={kind.label} hint={t('plans.form.hints.kind')} required error={kind.error}>
        {PLAN_KIND_CODES.map((option) => (
          <Radio
            key={option}
            id={`${kind.id}-${option}`}
            name="plan-kind"
            label={t(`plans.kinds.${option}`)}
            hint={t(`plans.kindHints.${option}`)}
            checked={draft.kind === option}
            onChange={() => change({ kind: option })}
          />
        ))}
      </Fieldset>
      {text('currentSituation')}
      {text('aim')}
      {text('actions')}
    </FormSection>
  );
}
