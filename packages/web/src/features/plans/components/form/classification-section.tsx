import { suggestSdgGoals } from '@gyokaku/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button';
import { Checkbox, Fieldset } from '../../../../components/form-field';
import { useSession } from '../../../auth/api/use-session';
import { SDG_GOALS, usePlanLabels } from '../use-plan-labels';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';

/** Goals the sheet's own words point at; the department decides, nothing is ticked for them. */
function SdgSuggestions({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const { draft, change } = usePlanFormContext();
  const text = [draft.title, draft.currentSituation, draft.aim, draft.actions].join('\n');
  const suggestions = useMemo(() => suggestSdgGoals(text), [text]).filter(({ goal }) => !draft.sdgGoals.includes(goal));
  return (
    <div className="flex flex-col gap-2 rounded-8 bg-key-50 p-4">
      <p className="text-std-16B-170">{t('plans.form.sdgSuggestion')}</p>
      {suggestions.length === 0 ? (
        <p className="text-solid-gray-800">{t('plans.form.sdgSuggestionNone')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {suggestions.map(({ goal, matched }) => (
            <li key={goal} className="flex flex-wrap items-center gap-3">
              <Button variant="secondary" size="sm" aria-describedby={`${idPrefix}-suggestion-${goal}`} onClick={() => change({ sdgGoals: [...draft.sdgGoals, goal] })}>
                {t('plans.form.sdgAdd', { n: goal })}
              </Button>
              <span id={`${idPrefix}-suggestion-${goal}`}>
                {labels.sdg(goal)}
                <span className="text-solid-gray-700">{t('plans.form.sdgMatched', { words: matched.join('、') })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ClassificationSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const { municipality } = useSession();
  const { draft, change, field } = usePlanFormContext();
  const sdg = field('sdgGoals');
  const tags = field('tags');
  const tagOptions = [...new Set([...municipality.settings.planTags, ...draft.tags])];
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));

  return (
    <FormSection number={number} title={t('plans.form.sections.classification')}>
      <Fieldset id={sdg.id} legend={sdg.label} hint={t('plans.form.hints.sdgGoals')} error={sdg.error}>
        <SdgSuggestions idPrefix={sdg.id} />
        <div className="grid gap-2 md:grid-cols-2 xl:grid-cols-3">
          {SDG_GOALS.map((goal) => (
            <Checkbox key={goal} id={`${sdg.id}-${goal}`} label={labels.sdg(goal)} checked={draft.sdgGoals.includes(goal)} onChange={(e) => change({ sdgGoals: toggle(draft.sdgGoals, goal, e.target.checked) })} />
          ))}
        </div>
      </Fieldset>
      <Fieldset id={tags.id} legend={tags.label} hint={t('plans.form.hints.tags')} error={tags.error}>
        <div className="flex flex-wrap gap-x-8 gap-y-2">
          {tagOptions.map((tag, index) => (
            <Checkbox key={tag} id={`${tags.id}-${index}`} label={tag} checked={draft.tags.includes(tag)} onChange={(e) => change({ tags: toggle(draft.tags, tag, e.target.checked) })} />
          ))}
        </div>
      </Fieldset>
    </FormSection>
  );
}
