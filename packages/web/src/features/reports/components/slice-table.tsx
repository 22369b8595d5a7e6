import type { RoundDashboard, SliceSummary } from '@gyokaku/contracts';
import { formatShare } from '@gyokaku/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillDownQuery } from '../api/use-round-dashboard';
import { CountLink } from './drill-down-link';
import type { DistributionAxis } from './use-axis-labels';

export interface SliceRow {
  key: string;
  /** The row's name as read in a link's label: 「1-1 窓口サービスの向上」, 「市民課」. */
  name: string;
  header: ReactNode;
  summary: SliceSummary;
  /** What narrows the drill-down to this row. */
  scope: Pick<DrillDownQuery, 'nodeId' | 'departmentId'>;
}

interface SliceTableProps {
  dashboard: RoundDashboard;
  caption: string;
  nameHeader: string;
  axis: DistributionAxis;
  rows: SliceRow[];
  /** A further column, e.g. the HQ's evaluation of a framework node. */
  extra?: { header: string; cell: (row: SliceRow) => ReactNode } | undefined;
}

const thBase = 'border-b-2 border-solid-gray-420 bg-solid-gray-50 px-3 py-2 text-std-16B-170 whitespace-nowrap';
const th = `${thBase} text-right`;
const td = 'border-b border-solid-gray-200 px-3 py-2 text-right whitespace-nowrap';

/**
 * The round's figures per framework node or department: plans, the count in each category of the
 * chosen axis, mean achievement and plans without a numerical target — each count linked to the
 * plans behind it.
 */
export function SliceTable({ dashboard, caption, nameHeader, axis, rows, extra }: SliceTableProps) {
  const { t } = useTranslation();
  const roundId = dashboard.round.id;
  const categories = dashboard.overall.rows.filter((row) => row.axis === axis);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${thBase} text-left`}>{nameHeader}</th>
            <th scope="col" className={th}>{t('reports.slices.plans')}</th>
            {categories.map((category) => (
              <th key={category.code} scope="col" className={th}>
                {category.category}
              </th>
            ))}
            <th scope="col" className={th}>{t('reports.slices.meanRate')}</th>
            <th scope="col" className={th}>{t('reports.slices.withoutTarget')}</th>
            {extra && <th scope="col" className={`${thBase} text-left`}>{extra.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const count = (code: string) => row.summary.rows.find((entry) => entry.axis === axis && entry.code === code)?.count ?? 0;
            return (
              <tr key={row.key}>
                <th scope="row" className="min-w-56 border-b border-solid-gray-200 px-3 py-2 text-left align-top font-normal">
                  {row.header}
                </th>
                <td className={td}>
                  <CountLink roundId={roundId} query={row.scope} count={row.summary.planCount} figure={t('reports.slices.plansOf', { name: row.name })} />
                </td>
                {categories.map((category) => (
                  <td key={category.code} className={td}>
                    <CountLink
                      roundId={roundId}
                      query={{ ...row.scope, axis, code: category.code }}
                      count={count(category.code)}
                      figure={t('reports.slices.figureOf', { name: row.name, axis: t(`reports.axes.${axis}`), category: category.category })}
                    />
                  </td>
                ))}
                <td className={td}>{formatShare(row.summary.meanRate)}</td>
                <td className={td}>
                  <CountLink
                    roundId={roundId}
                    query={{ ...row.scope, axis: 'achievement', code: 'without_numeric_target' }}
                    count={row.summary.withoutNumericTarget}
                    figure={t('reports.slices.withoutTargetOf', { name: row.name })}
                  />
                </td>
                {extra && <td className="border-b border-solid-gray-200 px-3 py-2 align-top">{extra.cell(row)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
