import { ChangeOutlineStatusRequestSchema, type OutlineStatus } from '@gyokaku/contracts';
import { nextOutlineStatuses } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset, Radio } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useChangeOutlineStatus } from '../api/use-outline-mutations';
import type { OutlineFormProps } from './outline-edit-form';

/** Offers only the steps the lifecycle allows from the current status (案 → パブコメ → 策定済 → 推進中 → 終了). */
export function OutlineStatusForm({ outline, onSaved, onCancel }: OutlineFormProps) {
  const { t } = useTranslation();
  const change = useChangeOutlineStatus();
  const options = nextOutlineStatuses(outline.status);
  const [status, setStatus] = useState<OutlineStatus | ''>(options.length === 1 ? (options[0] ?? '') : '');
  const form = useFormErrors({ formId: 'outline-status', labelFor: () => t('outlines.admin.statusLegend') });

  const submit = () => {
    const request = form.validate(ChangeOutlineStatusRequestSchema, { status, version: outline.version });
    if (request) {
      change.mutate(
        { id: outline.id, ...request },
        { onSuccess: () => onSaved(t('outlines.admin.statusChanged', { status: t(`outlines.status.${request.status}`) })), onError: form.showError },
      );
    }
  };

  return (
    <FormPanel title={t('outlines.admin.statusTitle')} submitLabel={t('outlines.admin.statusSubmit')} form={form} pending={change.isPending} onSubmit={submit} onCancel={onCancel}>
      {options.length === 0 ? (
        <p>{t('outlines.admin.statusNone')}</p>
      ) : (
        <Fieldset
          id={form.idFor('status')}
          legend={t('outlines.admin.statusLegend')}
          hint={t('outlines.admin.statusHint', { status: t(`outlines.status.${outline.status}`) })}
          required
          error={form.fieldErrors.status}
        >
          {options.map((option) => (
            <Radio
              key={option}
              id={`${form.idFor('status')}-${option}`}
              name="outline-status"
              label={t(`outlines.status.${option}`)}
              checked={status === option}
              onChange={() => setStatus(option)}
            />
          ))}
        </Fieldset>
      )}
    </FormPanel>
  );
}
