import type { RoundDashboard } from '@gyokaku/contracts';
import { formatShare } from '@gyokaku/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { drillDownPath } from './drill-down-link';

function Figure({ label, value, note }: { label: ReactNode; value: string; note?: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-8 border border-solid-gray-200 p-5">
      <dt className="text-std-16B-170">{label}</dt>
      <dd className="text-std-32B-150">{value}</dd>
      {note && <dd className="text-dns-14N-130 text-solid-gray-800">{note}</dd>}
    </div>
  );
}

/** The round at a glance: plans asked about, plans reported, mean achievement (and over how many), plans without a numerical target. */
export function KeyFigures({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const { overall, round } = dashboard;
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Figure label={<Link to={drillDownPath(round.id, {})}>{t('reports.figures.plans')}</Link>} value={t('reports.figures.count', { count: overall.planCount })} />
      <Figure label={t('reports.figures.reported')} value={t('reports.figures.count', { count: overall.planCount - overall.notReported })} note={t('reports.figures.reportedNote')} />
      <Figure label={t('reports.figures.meanRate')} value={formatShare(overall.meanRate)} note={t('reports.figures.meanRateNote', { count: overall.withRate })} />
      <Figure
        label={<Link to={drillDownPath(round.id, { axis: 'achievement', code: 'without_numeric_target' })}>{t('reports.figures.withoutTarget')}</Link>}
        value={t('reports.figures.count', { count: overall.withoutNumericTarget })}
        note={t('reports.figures.withoutTargetNote')}
      />
    </dl>
  );
}
