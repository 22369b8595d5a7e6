import type { OrganisationResponse } from '@gyokaku/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset } from '../../../components/form-field';

interface DepartmentPickerProps {
  id: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  organisation: OrganisationResponse;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** 「〇〇部をすべて選択」: checked when the whole division is chosen, mixed when part of it is. */
function DivisionToggle({ id, label, ids, selected, onChange }: { id: string; label: string; ids: string[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const chosen = ids.filter((departmentId) => selected.includes(departmentId)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && chosen < ids.length;
  }, [chosen, ids.length]);
  // A plain input rather than the shared Checkbox: `indeterminate` exists only as a DOM property.
  return (
    <div className="flex items-start gap-3">
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="mt-1 size-6 shrink-0 accent-key-900"
        checked={chosen === ids.length}
        onChange={(event) => onChange(event.target.checked ? [...new Set([...selected, ...ids])] : selected.filter((value) => !ids.includes(value)))}
      />
      <label htmlFor={id} className="text-std-16B-170">
        {label}
      </label>
    </div>
  );
}

/** The departments a call addresses, grouped by division as on the organisation chart, a division at a time or one by one. */
export function DepartmentPicker({ id, legend, hint, error, organisation, selected, onChange }: DepartmentPickerProps) {
  const { t } = useTranslation();
  const toggle = (departmentId: string, checked: boolean) =>
    onChange(checked ? [...selected, departmentId] : selected.filter((value) => value !== departmentId));

  return (
    <Fieldset id={id} legend={legend} hint={hint} required error={error}>
      <p role="status" className="text-solid-gray-800">
        {t('proposals.callForm.selectedCount', { count: selected.length })}
      </p>
      <div className="grid max-h-[28rem] gap-4 overflow-y-auto rounded-8 border border-solid-gray-420 p-4 md:grid-cols-2 xl:grid-cols-3">
        {organisation.divisions.map((division) => {
          const departments = organisation.departments.filter((department) => department.divisionId === division.id);
          if (departments.length === 0) return null;
          return (
            <fieldset key={division.id} className="flex flex-col gap-2">
              <legend className="mb-1 text-std-16B-170">{division.name}</legend>
              <DivisionToggle
                id={`${id}-all-${division.id}`}
                label={t('proposals.callForm.selectDivision', { division: division.name })}
                ids={departments.map((department) => department.id)}
                selected={selected}
                onChange={onChange}
              />
              <div className="flex flex-col gap-2 pl-6">
                {departments.map((department) => (
                  <Checkbox
                    key={department.id}
                    id={`${id}-${department.id}`}
                    label={department.name}
                    checked={selected.includes(department.id)}
                    onChange={(event) => toggle(department.id, event.target.checked)}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
    </Fieldset>
  );
}
