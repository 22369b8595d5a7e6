import type { Division } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Fieldset, Radio, SelectField, TextField } from '../../../components/form-field';
import { ListEditor } from '../../../components/list-editor';
import type { FormErrors } from '../../../lib/use-form-errors';

export interface Target {
  key: number;
  name: string;
  divisionId: string;
}

interface TargetDepartmentsFieldsetProps {
  split: boolean;
  divisions: Division[];
  targets: Target[];
  /** Key of the target that takes over the plans in a split. */
  primaryKey: number | undefined;
  form: Pick<FormErrors, 'field' | 'idFor'>;
  onChange: (targets: Target[]) => void;
  onPrimaryChange: (key: number) => void;
  onAdd: () => void;
}

/** The new departments; a split has several, one of which takes over the old department's plans. */
export function TargetDepartmentsFieldset(props: TargetDepartmentsFieldsetProps) {
  const { split, divisions, targets, primaryKey, form, onChange, onPrimaryChange, onAdd } = props;
  const { t } = useTranslation();
  // Numbered labels only when there are several rows, so each control keeps a unique accessible name.
  const numbered = (label: string, index: number) => (split ? t('organisation.reorg.numbered', { label, n: index + 1 }) : label);

  return (
    <>
      <ListEditor
        legend={t('organisation.reorg.to')}
        hint={split ? t('organisation.reorg.toHintSplit') : undefined}
        required
        items={targets}
        min={split ? 2 : 1}
        max={split ? 10 : 1}
        onChange={onChange}
        onAdd={onAdd}
        addLabel={t('organisation.reorg.addTarget')}
        removeLabel={(n) => t('organisation.reorg.removeTarget', { n })}
        renderItem={(target, index, update) => (
          <>
            <div className="min-w-60 flex-1">
              <TextField
                {...form.field(`to.${index}.name`)}
                label={numbered(t('organisation.reorg.toName'), index)}
                required
                value={target.name}
                onChange={(e) => update({ name: e.target.value })}
              />
            </div>
            <div className="min-w-60 flex-1">
              <SelectField
                {...form.field(`to.${index}.divisionId`)}
                label={numbered(t('organisation.reorg.toDivision'), index)}
                required
                value={target.divisionId}
                onChange={(e) => update({ divisionId: e.target.value })}
              >
                <option value="">{t('common.choose')}</option>
                {divisions.map((division) => (
                  <option key={division.id} value={division.id}>
                    {division.name}
                  </option>
                ))}
              </SelectField>
            </div>
          </>
        )}
      />
      {split && (
        <Fieldset id={form.idFor('primary')} legend={t('organisation.reorg.primary')} hint={t('organisation.reorg.primaryHint')} required>
          {targets.map((target, index) => (
            <Radio
              key={target.key}
              id={`${form.idFor('primary')}-${target.key}`}
              name="reorganisation-primary"
              label={target.name.trim() || t('organisation.reorg.unnamedTarget', { n: index + 1 })}
              checked={primaryKey === target.key}
              onChange={() => onPrimaryChange(target.key)}
            />
          ))}
        </Fieldset>
      )}
    </>
  );
}
