import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanFormContext } from './plan-form-context';

interface YearTableProps {
  caption: string;
  /** Column headers after the year column. */
  columns: string[];
  /** The cells of one fiscal year's row. */
  row: (fiscalYear: number) => ReactNode;
  footer?: ReactNode;
}

/** One row per fiscal year of the period: the shape of the schedule, target values and financial effects. */
export function YearTable({ caption, columns, row, footer }: YearTableProps) {
  const { t } = useTranslation();
  const { years, year } = usePlanFormContext();
  if (years.length === 0) return <p className="rounded-8 bg-solid-gray-50 p-4 text-solid-gray-800">{t('plans.form.hints.scheduleNeedsPeriod')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {[t('plans.form.yearColumn'), ...columns].map((header) => (
              <th key={header} scope="col" className="border-b-2 border-solid-gray-420 bg-solid-gray-50 px-3 py-2 text-std-16B-170 whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((fiscalYear) => (
            <tr key={fiscalYear}>
              <th scope="row" className="border-b border-solid-gray-200 px-3 py-2 align-top text-std-16B-170 whitespace-nowrap">
                {year(fiscalYear)}
              </th>
              {row(fiscalYear)}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
    </div>
  );
}

export const cellClass = 'border-b border-solid-gray-200 px-3 py-2 align-top';
