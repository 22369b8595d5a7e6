import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../auth/api/use-session';
import { hasRole, useRoleLabel } from '../../auth/roles';
import { OpenCalls } from '../../proposals/components/open-calls';
import { DepartmentReportRounds, LatestReportRounds } from '../../reports/components/home-report-rounds';
import { CurrentOutlines } from './current-outlines';
import { DepartmentPanel } from './department-panel';
import { OutlineOverview } from './outline-overview';
import { SecretariatPanel } from './secretariat-panel';

/** One home for everyone, assembled from the panels that each of the user's roles needs. */
export function HomePage() {
  const { t } = useTranslation();
  const { user, municipality } = useSession();
  const roleLabel = useRoleLabel();

  return (
    <>
      <PageHeader
        title={t('home.title')}
        lead={
          <>
            <p>{t('home.welcome', { name: user.displayName, municipality: municipality.name })}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2">
              <span>{t('home.yourRoles')}</span>
              <span data-testid="home-role" className="flex flex-wrap gap-2">
                {user.roles.map((grant) => (
                  <span
                    key={`${grant.role}-${grant.departmentId ?? ''}`}
                    className="rounded-4 bg-key-50 px-2 py-0.5 text-dns-16B-130 text-key-1000"
                  >
                    {roleLabel(grant)}
                  </span>
                ))}
              </span>
            </p>
          </>
        }
      />
      <div className="flex flex-col gap-8">
        {hasRole(user, 'secretariat', 'department_editor', 'department_approver') && <OpenCalls showAnswers={hasRole(user, 'secretariat')} />}
        {hasRole(user, 'department_editor', 'department_approver') && <DepartmentReportRounds />}
        {hasRole(user, 'secretariat', 'hq_member') && <LatestReportRounds />}
        <CurrentOutlines />
        {hasRole(user, 'secretariat') && <SecretariatPanel />}
        {hasRole(user, 'department_editor', 'department_approver') && <DepartmentPanel />}
        {hasRole(user, 'hq_member', 'council_member') && <OutlineOverview />}
      </div>
    </>
  );
}
