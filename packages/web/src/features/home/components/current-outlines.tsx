import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useOutlines } from '../../outlines/api/use-outlines';
import { OutlineStatusBadge } from '../../outlines/components/outline-status';
import { useOutlinePeriod } from '../../outlines/components/use-outline-period';

/** The outline(s) being carried out now: what every department's work is measured against. */
export function CurrentOutlines() {
  const { t } = useTranslation();
  const query = useOutlines();
  const period = useOutlinePeriod();

  return (
    <Panel title={t('home.current.title')} actions={<Link to="/outlines">{t('home.current.all')}</Link>}>
      <QueryState query={query}>
        {({ items }) => {
          const current = items.filter((outline) => outline.status === 'in_force');
          if (current.length === 0) return <p>{t('home.current.none')}</p>;
          return (
            <ul className="flex flex-col gap-4">
              {current.map((outline) => (
                <li key={outline.id} className="rounded-8 border-l-8 border-key-900 bg-key-50 p-5">
                  <p className="flex flex-wrap items-center gap-3">
                    <Link to={`/outlines/${outline.id}`} className="text-std-20B-150">
                      {outline.title}
                    </Link>
                    <OutlineStatusBadge status={outline.status} />
                  </p>
                  <p className="mt-2">{t('home.current.period', { period: period(outline) })}</p>
                  {outline.theme && <p className="mt-1 text-solid-gray-800">{outline.theme}</p>}
                  <p className="mt-3">
                    <Link to={`/outlines/${outline.id}/plans`}>{t('home.current.plans')}</Link>
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </Panel>
  );
}
