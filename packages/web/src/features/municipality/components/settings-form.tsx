import { UpdateMunicipalitySettingsRequestSchema, type Municipality, type MunicipalitySettings } from '@gyokaku/contracts';
import { fiscalYearOf, formatFiscalYear } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Fieldset, Radio } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateMunicipalitySettings } from '../api/use-municipality';
import { CodeList, codeRows, TextList, textRows } from './settings-lists';

const YEAR_STYLES = ['wareki', 'wareki-short', 'seireki'] as const satisfies readonly MunicipalitySettings['yearStyle'][];
type TextListName = 'frameworkLevels' | 'schedulePhases' | 'planTags';

interface SettingsFormProps {
  municipality: Municipality;
  onSaved: () => void;
  onReload: () => void;
}

export function SettingsForm({ municipality, onSaved, onReload }: SettingsFormProps) {
  const { t } = useTranslation();
  const save = useUpdateMunicipalitySettings();
  const { settings } = municipality;
  const [yearStyle, setYearStyle] = useState(settings.yearStyle);
  const [levels, setLevels] = useState(() => textRows(settings.frameworkLevels));
  const [scale, setScale] = useState(() => codeRows(settings.evaluationScale));
  const [statuses, setStatuses] = useState(() => codeRows(settings.progressStatuses));
  const [phases, setPhases] = useState(() => textRows(settings.schedulePhases));
  const [tags, setTags] = useState(() => textRows(settings.planTags));
  const thisYear = fiscalYearOf(new Date());

  const itemLabels: Record<TextListName, (n: number) => string> = {
    frameworkLevels: (n) => t('settings.frameworkLevel', { n }),
    schedulePhases: (n) => t('settings.numbered', { label: t('settings.schedulePhase'), n }),
    planTags: (n) => t('settings.numbered', { label: t('settings.planTag'), n }),
  };
  // Paths come from the settings schema: settings.<list>, settings.<list>.<i> or settings.<list>.<i>.<field>.
  const labelFor = (path: string): string => {
    const [, list = '', index, field] = path.split('.');
    if (index === undefined) return t(`settings.${list as keyof MunicipalitySettings}`);
    const n = Number(index) + 1;
    if (field) return t('settings.numbered', { label: t(`settings.${field as 'code' | 'label' | 'description'}`), n });
    return itemLabels[list as TextListName](n);
  };
  const form = useFormErrors({ formId: 'settings', labelFor });
  const conflict = save.error instanceof ApiError && save.error.code === 'edit_conflict';

  const submit = () => {
    const values = (rows: { value: string }[]) => rows.map((row) => row.value);
    const request = form.validate(UpdateMunicipalitySettingsRequestSchema, {
      version: municipality.version,
      settings: {
        // Settings this form does not edit (report thresholds, grade groups …) are kept as they are.
        ...settings,
        frameworkLevels: values(levels),
        evaluationScale: scale.map(({ code, label, description }) => ({ code, label, description })),
        progressStatuses: statuses.map(({ code, label }) => ({ code, label })),
        schedulePhases: values(phases),
        planTags: values(tags),
        yearStyle,
      },
    });
    if (request) save.mutate(request, { onSuccess: onSaved, onError: form.showError });
  };

  return (
    <FormPanel
      title={t('settings.formTitle')}
      submitLabel={t('common.save')}
      form={form}
      pending={save.isPending}
      onSubmit={submit}
      autoFocus={false}
      errorActions={
        conflict && (
          <div>
            <Button variant="secondary" size="sm" onClick={onReload}>
              {t('common.reload')}
            </Button>
          </div>
        )
      }
    >
      <Fieldset id={form.idFor('settings.yearStyle')} legend={t('settings.yearStyle')} required>
        {YEAR_STYLES.map((style) => (
          <Radio
            key={style}
            id={`settings-year-style-${style}`}
            name="settings-year-style"
            label={t(`settings.yearStyles.${style}`)}
            hint={t('settings.example', { example: formatFiscalYear(thisYear, style) })}
            checked={yearStyle === style}
            onChange={() => setYearStyle(style)}
          />
        ))}
      </Fieldset>
      <TextList form={form} path="settings.frameworkLevels" legend={t('settings.frameworkLevels')} hint={t('settings.frameworkLevelsHint')} rows={levels} min={1} max={4} onChange={setLevels} itemLabel={itemLabels.frameworkLevels} />
      <CodeList form={form} path="settings.evaluationScale" legend={t('settings.evaluationScale')} hint={t('settings.evaluationScaleHint')} rows={scale} min={2} max={8} onChange={setScale} withDescription />
      <CodeList form={form} path="settings.progressStatuses" legend={t('settings.progressStatuses')} hint={t('settings.progressStatusesHint')} rows={statuses} min={2} max={10} onChange={setStatuses} withDescription={false} />
      <TextList form={form} path="settings.schedulePhases" legend={t('settings.schedulePhases')} hint={t('settings.schedulePhasesHint')} rows={phases} min={1} max={10} onChange={setPhases} itemLabel={itemLabels.schedulePhases} />
      <TextList form={form} path="settings.planTags" legend={t('settings.planTags')} hint={t('settings.planTagsHint')} rows={tags} min={0} max={30} onChange={setTags} itemLabel={itemLabels.planTags} />
    </FormPanel>
  );
}
