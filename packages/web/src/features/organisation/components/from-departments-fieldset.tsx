import type { OrganisationResponse } from '@gyokaku/contracts';
import { Checkbox, Fieldset } from '../../../components/form-field';

interface FromDepartmentsFieldsetProps {
  id: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  organisation: OrganisationResponse;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** Departments in force, grouped under their division as staff know them from the organisation chart. */
export function FromDepartmentsFieldset({ id, legend, hint, error, organisation, selected, onChange }: FromDepartmentsFieldsetProps) {
  const toggle = (departmentId: string, checked: boolean) =>
    onChange(checked ? [...selected, departmentId] : selected.filter((value) => value !== departmentId));

  return (
    <Fieldset id={id} legend={legend} hint={hint} required error={error}>
      <div className="grid max-h-96 gap-4 overflow-y-auto rounded-8 border border-solid-gray-420 p-4 md:grid-cols-2 xl:grid-cols-3">
        {organisation.divisions.map((division) => {
          const departments = organisation.departments.filter((department) => department.divisionId === division.id);
          if (departments.length === 0) return null;
          return (
            <fieldset key={division.id} className="flex flex-col gap-2">
              <legend className="mb-1 text-std-16B-170">{division.name}</legend>
              {departments.map((department) => (
                <Checkbox
                  key={department.id}
                  id={`${id}-${department.id}`}
                  label={department.name}
                  checked={selected.includes(department.id)}
                  onChange={(event) => toggle(department.id, event.target.checked)}
                />
              ))}
            </fieldset>
          );
        })}
      </div>
    </Fieldset>
  );
}
