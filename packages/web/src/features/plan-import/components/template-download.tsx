import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button';
import { SelectField } from '../../../components/form-field';
import { withQuery } from '../../../lib/api-client';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useOrganisation } from '../../organisation/api/use-organisation';
import { ImportStep } from './import-step';

const BLANK_SHEET_CHOICES = [0, 1, 2, 3, 5, 10, 20];
const HOW_TO = ['howToSheets', 'howToLists', 'howToValues', 'howToHidden', 'howToConflict'] as const;

/** The departments whose plans the user keeps; a department role names one each. */
function useOwnDepartments() {
  const { user } = useSession();
  const own = new Map<string, string>();
  for (const grant of user.roles) {
    if ((grant.role === 'department_editor' || grant.role === 'department_approver') && grant.departmentId) {
      own.set(grant.departmentId, grant.departmentName ?? grant.departmentId);
    }
  }
  return { secretariat: hasRole(user, 'secretariat'), own: [...own].map(([id, name]) => ({ id, name })) };
}

function DepartmentChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { secretariat, own } = useOwnDepartments();
  const organisation = useOrganisation();
  const label = t('imports.template.department');

  if (!secretariat && own.length === 1) {
    return (
      <p>
        <span className="text-std-17B-170">{label}</span>：{own[0]?.name}
      </p>
    );
  }
  return (
    <SelectField
      id="template-department"
      label={label}
      hint={secretariat ? t('imports.template.departmentHint') : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      width="md"
    >
      {secretariat ? (
        <>
          <option value="">{t('imports.template.allDepartments')}</option>
          {organisation.data?.divisions.map((division) => (
            <optgroup key={division.id} label={division.name}>
              {organisation.data.departments
                .filter((department) => department.divisionId === division.id)
                .map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </>
      ) : (
        own.map((department) => (
          <option key={department.id} value={department.id}>
            {department.name}
          </option>
        ))
      )}
    </SelectField>
  );
}

/** Step 1: the workbook to fill in, with the department's plans as they stand and blank sheets for new ones. */
export function TemplateDownload({ outlineId }: { outlineId: string }) {
  const { t } = useTranslation();
  const { secretariat, own } = useOwnDepartments();
  // Department staff always get their own department; the secretariat starts from the whole outline.
  const [departmentId, setDepartmentId] = useState(secretariat ? '' : (own[0]?.id ?? ''));
  const [blankSheets, setBlankSheets] = useState(3);
  const href = withQuery(`/api/outlines/${outlineId}/plan-template.xlsx`, { departmentId, blankSheets });

  return (
    <ImportStep title={t('imports.template.title')}>
      <p>{t('imports.template.lead')}</p>
      <div className="flex flex-col gap-6">
        <DepartmentChoice value={departmentId} onChange={setDepartmentId} />
        <SelectField
          id="template-blank-sheets"
          label={t('imports.template.blankSheets')}
          hint={t('imports.template.blankSheetsHint')}
          value={blankSheets}
          onChange={(event) => setBlankSheets(Number(event.target.value))}
          width="date"
        >
          {BLANK_SHEET_CHOICES.map((count) => (
            <option key={count} value={count}>
              {t('imports.template.sheetCount', { count })}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <a href={href} download className={buttonClass('primary')}>
          {t('imports.template.download')}
        </a>
      </div>
      <section aria-labelledby="template-how-to" className="rounded-8 bg-solid-gray-50 p-4">
        <h3 id="template-how-to" className="mb-2 text-std-20B-150">
          {t('imports.template.howTo')}
        </h3>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {HOW_TO.map((key) => (
            <li key={key}>{t(`imports.template.${key}`)}</li>
          ))}
        </ul>
      </section>
    </ImportStep>
  );
}
