import type { ReportRound, ReportState } from '@gyokaku/contracts';
import { REPORT_STATES } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { ReportTable } from './report-table';

const isState = (value: string | null): value is ReportState => (REPORT_STATES as readonly (string | null)[]).includes(value);

/**
 * The round's reports with filters by state and department, kept in the address so a filtered
 * list can be bookmarked or sent (「差戻し中の報告」).
 */
export function RoundReports({ round }: { round: ReportRound }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state = isState(stateParam) ? stateParam : '';
  const departmentId = params.get('departmentId') ?? '';
  const departments = [...new Map(round.reports.map((report) => [report.leadDepartment.id, report.leadDepartment.name]))].sort(([, a], [, b]) => a.localeCompare(b, 'ja'));
  const shown = round.reports.filter((report) => (!state || report.state === state) && (!departmentId || report.leadDepartment.id === departmentId));
  const setFilter = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Panel title={t('reports.round.reports')}>
      <div className="flex flex-wrap items-end gap-6">
        <SelectField id="round-filter-state" label={t('reports.round.filterState')} value={state} onChange={(e) => setFilter('state', e.target.value)} width="md">
          <option value="">{t('reports.round.allStates', { count: round.reports.length })}</option>
          {REPORT_STATES.map((value) => (
            <option key={value} value={value}>
              {t('reports.round.stateOption', { state: t(`reports.states.${value}`), count: round.stateCounts[value] ?? 0 })}
            </option>
          ))}
        </SelectField>
        {departments.length > 1 && (
          <SelectField id="round-filter-department" label={t('reports.round.filterDepartment')} value={departmentId} onChange={(e) => setFilter('departmentId', e.target.value)} width="md">
            <option value="">{t('reports.round.allDepartments')}</option>
            {departments.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </SelectField>
        )}
        <p role="status" className="mb-3 text-solid-gray-800">
          {t('reports.round.shown', { count: shown.length })}
        </p>
      </div>
      {shown.length === 0 ? <p>{t('reports.round.empty')}</p> : <ReportTable reports={shown} caption={t('reports.round.reports')} />}
    </Panel>
  );
}
