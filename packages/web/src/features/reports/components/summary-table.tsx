import type { RoundDashboard, SummaryRowView } from '@gyokaku/contracts';
import { formatCountChange, formatShare } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { CountLink } from './drill-down-link';
import type { SummaryAxis } from './use-axis-labels';

const AXES: readonly SummaryAxis[] = ['status', 'self_evaluation', 'self_group', 'hq_evaluation', 'hq_group', 'achievement'];
const th = 'border-b-2 border-solid-gray-420 bg-solid-gray-50 px-4 py-3 text-std-16B-170 whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-4 py-2 text-right whitespace-nowrap';

/** 「取組中 65 (±0)、完了 4 (+2)」: an axis in one line, the way the city's own reports write it. */
function axisLine(rows: readonly SummaryRowView[], withChange: boolean): string {
  return rows.map((row) => (withChange ? `${row.category} ${row.count} (${formatCountChange(row.change)})` : `${row.category} ${row.count}`)).join('、');
}

/**
 * The round's summary: per axis, each category's count (linked to the plans behind it), its share
 * and its change against the previous round, ▲ for a decrease.
 */
export function SummaryTable({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const withChange = dashboard.previousRound !== null;
  const rowsOf = (axis: SummaryAxis) => dashboard.overall.rows.filter((row) => row.axis === axis);
  const axes = AXES.filter((axis) => rowsOf(axis).length > 0);

  return (
    <Panel title={t('reports.summary.title')}>
      <p className="text-solid-gray-800">
        {withChange ? t('reports.summary.leadWithPrevious', { previous: dashboard.previousRound?.title }) : t('reports.summary.leadWithoutPrevious')}
      </p>
      <ul className="flex flex-col gap-1">
        {(['status', 'self_evaluation', 'hq_evaluation'] as const).map((axis) => (
          <li key={axis}>
            <span className="text-std-16B-170">{t(`reports.axes.${axis}`)}</span>
            {`　${axisLine(rowsOf(axis), withChange)}`}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-std-16N-170">
          <caption className="sr-only">{t('reports.summary.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${th} text-left`}>{t('reports.summary.category')}</th>
              <th scope="col" className={`${th} text-right`}>{t('reports.summary.count')}</th>
              <th scope="col" className={`${th} text-right`}>{t('reports.summary.share')}</th>
              {withChange && <th scope="col" className={`${th} text-right`}>{t('reports.summary.change')}</th>}
            </tr>
          </thead>
          {axes.map((axis) => (
            <tbody key={axis}>
              <tr>
                <th scope="rowgroup" colSpan={withChange ? 4 : 3} className="border-b border-solid-gray-420 bg-key-50 px-4 py-2 text-left text-std-16B-170">
                  {t(`reports.axes.${axis}`)}
                </th>
              </tr>
              {rowsOf(axis).map((row) => (
                <tr key={row.code}>
                  <th scope="row" className="border-b border-solid-gray-200 py-2 pr-4 pl-8 text-left font-normal">
                    {row.category}
                  </th>
                  <td className={td}>
                    <CountLink roundId={dashboard.round.id} query={{ axis, code: row.code }} count={row.count} figure={`${t(`reports.axes.${axis}`)}：${row.category}`} />
                  </td>
                  <td className={td}>{formatShare(row.share)}</td>
                  {withChange && <td className={td}>{formatCountChange(row.change)}</td>}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </Panel>
  );
}
