import type { Department, Division, OrganisationResponse, Reorganisation } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Table, Td, Th } from '../../../components/table';
import { Validity } from './validity';

interface OrganisationListProps {
  organisation: OrganisationResponse;
  /** Reorganisations name the departments they ended, which the as-of view may no longer list. */
  history: Reorganisation[];
  onEditDivision: (division: Division) => void;
  onEditDepartment: (department: Department) => void;
}

function departmentNames(organisation: OrganisationResponse, history: Reorganisation[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of history) for (const ref of [...item.from, ...item.to]) names.set(ref.id, ref.name);
  for (const department of organisation.departments) names.set(department.id, department.name);
  return names;
}

export function OrganisationList({ organisation, history, onEditDivision, onEditDepartment }: OrganisationListProps) {
  const { t } = useTranslation();
  const names = departmentNames(organisation, history);
  const lineage = (ids: string[]) => ids.map((id) => names.get(id) ?? t('organisation.unknownDepartment')).join('、');

  if (organisation.divisions.length === 0) return <p>{t('organisation.empty')}</p>;
  // One table with a row group per division: the columns line up across the whole organisation.
  return (
    <Table caption={t('organisation.listHeading')} captionHidden>
      <thead>
        <tr>
          <Th className="w-1/4">{t('organisation.columns.name')}</Th>
          <Th className="w-1/3">{t('organisation.columns.validity')}</Th>
          <Th>{t('organisation.columns.lineage')}</Th>
          <Th className="w-28">{t('common.actions')}</Th>
        </tr>
      </thead>
      {organisation.divisions.map((division) => {
        const departments = organisation.departments.filter((department) => department.divisionId === division.id);
        return (
          <tbody key={division.id}>
            <tr className="bg-key-50">
              <th scope="rowgroup" className="border-b border-key-200 px-4 pt-4 pb-2 text-left text-std-18B-160">
                {division.name}
              </th>
              <td className="border-b border-key-200 px-4 pt-4 pb-2">
                <Validity validFrom={division.validFrom} validTo={division.validTo} asOf={organisation.asOf} />
              </td>
              <td className="border-b border-key-200 px-4 pt-4 pb-2 text-solid-gray-700">
                {departments.length === 0 && t('organisation.noDepartments')}
              </td>
              <td className="border-b border-key-200 px-4 pt-3 pb-2">
                <EditButton name={division.name} onClick={() => onEditDivision(division)} />
              </td>
            </tr>
            {departments.map((department) => (
              // Ended departments recede so the organisation in force stands out.
              <tr key={department.id} className={department.validTo && department.validTo < organisation.asOf ? 'text-solid-gray-700' : ''}>
                <Td>
                  <span className="pl-4">{department.name}</span>
                </Td>
                <Td>
                  <Validity validFrom={department.validFrom} validTo={department.validTo} asOf={organisation.asOf} />
                </Td>
                <Td>
                  {department.predecessorIds.length > 0 && (
                    <p>{t('organisation.predecessors', { names: lineage(department.predecessorIds) })}</p>
                  )}
                  {department.successorIds.length > 0 && (
                    <p>{t('organisation.successors', { names: lineage(department.successorIds) })}</p>
                  )}
                </Td>
                <Td>
                  <EditButton name={department.name} onClick={() => onEditDepartment(department)} />
                </Td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </Table>
  );
}

function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="tertiary" size="sm" onClick={onClick}>
      {t('common.edit')}
      <span className="sr-only">{t('common.target', { name })}</span>
    </Button>
  );
}
