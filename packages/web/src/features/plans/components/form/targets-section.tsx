import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../../components/form-field';
import { ListEditor } from '../../../../components/list-editor';
import { emptyTarget } from './plan-draft';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';
import { TargetFields } from './target-fields';

/** The council's first ask: numbers wherever possible, and a stated reason where not. */
export function TargetsSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const { draft, change, field } = usePlanFormContext();
  const targets = field('targets');
  return (
    <FormSection number={number} title={t('plans.form.sections.targets')} lead={t('plans.form.hints.targets')}>
      <ListEditor
        id={targets.id}
        legend={targets.label}
        error={targets.error}
        items={draft.targets}
        min={0}
        max={10}
        onChange={(rows) => change({ targets: rows })}
        onAdd={() => change({ targets: [...draft.targets, emptyTarget()] })}
        addLabel={t('plans.form.addTarget')}
        removeLabel={(n) => t('plans.form.removeTarget', { n })}
        renderItem={(target, index, update) => <TargetFields index={index} target={target} update={update} />}
      />
      <TextAreaField {...field('noTargetReason')} hint={t('plans.form.hints.noTargetReason')} value={draft.noTargetReason} onChange={(e) => change({ noTargetReason: e.target.value })} rows={3} />
    </FormSection>
  );
}
