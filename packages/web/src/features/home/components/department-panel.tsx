import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { useSession } from '../../auth/api/use-session';
import { DepartmentPlans } from './department-plans';

/** Department staff see which departments they act for and in which capacity. */
export function DepartmentPanel() {
  const { t } = useTranslation();
  const { user } = useSession();
  const grants = user.roles.filter((grant) => grant.departmentName);

  return (
    <Panel title={t('home.department.title')}>
      <p>{t('home.department.lead')}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {grants.map((grant) => (
          <li key={`${grant.role}-${grant.departmentId ?? ''}`} className="rounded-8 border border-solid-gray-200 p-5">
            <p className="text-std-20B-150">{grant.departmentName}</p>
            <p className="mt-1 text-solid-gray-800">{t(`roles.${grant.role}`)}</p>
            <p className="mt-3">{t(`home.department.duties.${grant.role === 'department_approver' ? 'approver' : 'editor'}`)}</p>
          </li>
        ))}
      </ul>
      <DepartmentPlans />
    </Panel>
  );
}
