import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/button';
import { QueryState } from '../../../components/query-state';
import { useOutlines } from '../../outlines/api/use-outlines';
import { OutlineStatusBadge } from '../../outlines/components/outline-status';

/** The outlines a department can file plans in (not yet closed), newest first, with the two things it does there. */
export function DepartmentPlans() {
  const { t } = useTranslation();
  const query = useOutlines();
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-std-20B-150">{t('home.department.plansTitle')}</h3>
      <QueryState query={query}>
        {({ items }) => {
          const open = items.filter((outline) => outline.status !== 'closed').sort((a, b) => b.startFiscalYear - a.startFiscalYear);
          if (open.length === 0) return <p>{t('home.department.noOutline')}</p>;
          return (
            <ul className="flex flex-col gap-4">
              {open.map((outline) => (
                <li key={outline.id} className="flex flex-col gap-3 rounded-8 border-l-8 border-key-900 bg-key-50 p-5">
                  <p className="flex flex-wrap items-center gap-3">
                    <span className="text-std-18B-160">{outline.title}</span>
                    <OutlineStatusBadge status={outline.status} />
                  </p>
                  <div className="flex flex-wrap gap-3">
                    <LinkButton to={`/outlines/${outline.id}/plans`} size="sm">
                      {t('home.department.plans')}
                    </LinkButton>
                    <LinkButton to={`/outlines/${outline.id}/plans/new`} variant="primary" size="sm">
                      {t('home.department.create')}
                    </LinkButton>
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </div>
  );
}
