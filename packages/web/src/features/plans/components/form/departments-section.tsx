import type { Department, OrganisationResponse } from '@gyokaku/contracts';
import { normalizeInput } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, SelectField, TextField } from '../../../../components/form-field';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';

interface DepartmentsSectionProps {
  number: number;
  organisation: OrganisationResponse;
  /** Departments the user may choose as lead; all of them for the secretariat and when editing. */
  leadChoices: 'all' | string[];
  /** Names of departments the plan already has that may have ended since (a reorganisation). */
  knownNames: Record<string, string>;
}

const fold = (text: string) => normalizeInput(text).toLowerCase();

export function DepartmentsSection({ number, organisation, leadChoices, knownNames }: DepartmentsSectionProps) {
  const { t } = useTranslation();
  const { draft, change, field } = usePlanFormContext();
  const [filter, setFilter] = useState('');
  const collaborating = field('collaboratingDepartmentIds');
  const inDivision = (divisionId: string) => organisation.departments.filter((d) => d.divisionId === divisionId);
  const canLead = (department: Department) => leadChoices === 'all' || leadChoices.includes(department.id);
  const missingLead = draft.leadDepartmentId && !organisation.departments.some((d) => d.id === draft.leadDepartmentId);
  const matches = (department: Department) => department.id !== draft.leadDepartmentId && fold(department.name).includes(fold(filter));
  const toggle = (id: string, checked: boolean) =>
    change({ collaboratingDepartmentIds: checked ? [...draft.collaboratingDepartmentIds, id] : draft.collaboratingDepartmentIds.filter((value) => value !== id) });
  const endedCollaborators = draft.collaboratingDepartmentIds.filter((id) => !organisation.departments.some((d) => d.id === id));

  return (
    <FormSection number={number} title={t('plans.form.sections.departments')}>
      <SelectField {...field('leadDepartmentId')} hint={t('plans.form.hints.leadDepartmentId')} required value={draft.leadDepartmentId} onChange={(e) => change({ leadDepartmentId: e.target.value })} width="md">
        <option value="">{t('common.choose')}</option>
        {missingLead && <option value={draft.leadDepartmentId}>{knownNames[draft.leadDepartmentId] ?? draft.leadDepartmentId}</option>}
        {organisation.divisions.map((division) => {
          const departments = inDivision(division.id).filter(canLead);
          return departments.length === 0 ? null : (
            <optgroup key={division.id} label={division.name}>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </SelectField>
      <Fieldset id={collaborating.id} legend={collaborating.label} hint={t('plans.form.hints.collaboratingDepartmentIds')} error={collaborating.error}>
        <div className="max-w-md">
          <TextField id={`${collaborating.id}-filter`} label={t('plans.form.departmentFilter')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <div className="grid max-h-96 gap-4 overflow-y-auto rounded-8 border border-solid-gray-420 p-4 md:grid-cols-2 xl:grid-cols-3">
          {endedCollaborators.map((id) => (
            <Checkbox key={id} id={`${collaborating.id}-${id}`} label={knownNames[id] ?? id} checked onChange={(e) => toggle(id, e.target.checked)} />
          ))}
          {organisation.divisions.map((division) => {
            const departments = inDivision(division.id).filter(matches);
            return departments.length === 0 ? null : (
              <fieldset key={division.id} className="flex flex-col gap-2">
                <legend className="mb-1 text-std-16B-170">{division.name}</legend>
                {departments.map((department) => (
                  <Checkbox
                    key={department.id}
                    id={`${collaborating.id}-${department.id}`}
                    label={department.name}
                    checked={draft.collaboratingDepartmentIds.includes(department.id)}
                    onChange={(e) => toggle(department.id, e.target.checked)}
                  />
                ))}
              </fieldset>
            );
          })}
        </div>
      </Fieldset>
    </FormSection>
  );
}
