import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { ListEditor } from '../../../components/list-editor';
import type { FormErrors } from '../../../lib/use-form-errors';
import { nextRowKey } from '../../../lib/row-key';

export interface TextRow {
  key: number;
  value: string;
}

export interface CodeRow {
  key: number;
  code: string;
  label: string;
  description: string;
}

export const textRows = (values: string[]): TextRow[] => values.map((value) => ({ key: nextRowKey(), value }));

export const codeRows = (values: { code: string; label: string; description?: string }[]): CodeRow[] =>
  values.map(({ code, label, description = '' }) => ({ key: nextRowKey(), code, label, description }));

interface ListProps<T> {
  /** Path of the list in the request, e.g. `settings.planTags`. */
  path: string;
  legend: string;
  hint: string;
  rows: T[];
  min: number;
  max: number;
  form: Pick<FormErrors, 'field'>;
  onChange: (rows: T[]) => void;
}

export function TextList(props: ListProps<TextRow> & { itemLabel: (n: number) => string }) {
  const { t } = useTranslation();
  const { path, legend, hint, rows, min, max, form, onChange, itemLabel } = props;
  return (
    <ListEditor
      {...form.field(path)}
      legend={legend}
      hint={hint}
      items={rows}
      min={min}
      max={max}
      onChange={onChange}
      required={min > 0}
      onAdd={() => onChange([...rows, { key: nextRowKey(), value: '' }])}
      addLabel={t('settings.add')}
      removeLabel={(n) => t('settings.remove', { item: itemLabel(n) })}
      renderItem={(row, index, update) => (
        <div className="min-w-60 flex-1">
          <TextField
            {...form.field(`${path}.${index}`)}
            label={itemLabel(index + 1)}
            required
            value={row.value}
            onChange={(e) => update({ value: e.target.value })}
            width="md"
          />
        </div>
      )}
    />
  );
}

/** Graded scales and statuses: a short code stored with the data, and the label people read. */
export function CodeList(props: ListProps<CodeRow> & { withDescription: boolean }) {
  const { t } = useTranslation();
  const { path, legend, hint, rows, min, max, form, onChange, withDescription } = props;
  const label = (field: 'code' | 'label' | 'description', n: number) => t('settings.numbered', { label: t(`settings.${field}`), n });
  return (
    <ListEditor
      {...form.field(path)}
      legend={legend}
      hint={hint}
      items={rows}
      min={min}
      max={max}
      onChange={onChange}
      required
      onAdd={() => onChange([...rows, { key: nextRowKey(), code: '', label: '', description: '' }])}
      addLabel={t('settings.add')}
      removeLabel={(n) => t('settings.remove', { item: t('settings.numbered', { label: t('settings.row'), n }) })}
      renderItem={(row, index, update) => (
        <>
          <div className="w-40">
            <TextField {...form.field(`${path}.${index}.code`)} label={label('code', index + 1)} required value={row.code} onChange={(e) => update({ code: e.target.value })} />
          </div>
          <div className="min-w-48 flex-1">
            <TextField {...form.field(`${path}.${index}.label`)} label={label('label', index + 1)} required value={row.label} onChange={(e) => update({ label: e.target.value })} />
          </div>
          {withDescription && (
            <div className="min-w-60 flex-[2]">
              <TextField
                {...form.field(`${path}.${index}.description`)}
                label={label('description', index + 1)}
                value={row.description}
                onChange={(e) => update({ description: e.target.value })}
              />
            </div>
          )}
        </>
      )}
    />
  );
}
