import type { ReactNode } from 'react';
import { Button } from './button';
import { Fieldset } from './form-field';

interface ListEditorProps<T extends { key: number }> {
  /** Lets the error summary move focus to the list. */
  id?: string;
  legend: string;
  hint?: string | undefined;
  required?: boolean;
  error?: string | undefined;
  items: T[];
  min?: number;
  max?: number;
  onChange: (items: T[]) => void;
  onAdd: () => void;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** The fields of one row; `update` merges a change into that row. */
  renderItem: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

/** A list of rows the user can add to and remove from, each row a set of labelled fields. */
export function ListEditor<T extends { key: number }>(props: ListEditorProps<T>) {
  const { id, legend, hint, required, error, items, min = 1, max = Infinity, onChange, onAdd, addLabel, removeLabel, renderItem } = props;
  const update = (index: number, patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <Fieldset id={id} legend={legend} hint={hint} required={required} error={error}>
      <ol className="flex flex-col gap-3">
        {items.map((item, index) => (
          <li key={item.key} className="flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4">
            {renderItem(item, index, (patch) => update(index, patch))}
            {items.length > min && (
              <Button variant="tertiary" size="sm" className="mb-2" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {removeLabel(index + 1)}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {items.length < max && (
        <div>
          <Button variant="secondary" size="sm" onClick={onAdd}>
            {addLabel}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
