import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useAuditLog } from '../../audit/api/use-audit-log';
import { AuditTable } from '../../audit/components/audit-table';
import { useOrganisation } from '../../organisation/api/use-organisation';
import { useOutlines } from '../../outlines/api/use-outlines';
import { useUsers } from '../../users/api/use-users';

interface StatProps {
  label: string;
  to: string;
  /** Undefined while loading or when the count could not be fetched. */
  value: number | undefined;
}

function Stat({ label, to, value }: StatProps) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-1 rounded-8 border border-solid-gray-200 p-5">
      <dt>
        <Link to={to} className="text-std-16B-170">
          {label}
        </Link>
      </dt>
      <dd className="text-std-32B-150">
        {value === undefined ? '—' : t('home.secretariat.count', { count: value })}
      </dd>
    </div>
  );
}

export function SecretariatPanel() {
  const { t } = useTranslation();
  const departments = useOrganisation();
  const users = useUsers();
  const outlines = useOutlines();
  const audit = useAuditLog({ page: 1, pageSize: 5 });

  return (
    <Panel title={t('home.secretariat.title')}>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat
          label={t('home.secretariat.departments')}
          to="/admin/organisation"
          value={departments.data?.departments.length}
        />
        <Stat
          label={t('home.secretariat.users')}
          to="/admin/users"
          value={users.data?.items.filter((user) => user.active).length}
        />
        <Stat
          label={t('home.secretariat.outlines')}
          to="/outlines"
          value={outlines.data?.items.length}
        />
      </dl>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h3 className="text-std-20B-150">{t('home.secretariat.recentAudit')}</h3>
          <Link to="/admin/audit-log">{t('home.secretariat.viewAudit')}</Link>
        </div>
        <QueryState query={audit}>
          {({ items }) =>
            items.length === 0 ? <p>{t('audit.empty')}</p> : <AuditTable entries={items} expandable={false} />
          }
        </QueryState>
      </div>
    </Panel>
  );
}
