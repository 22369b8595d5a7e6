import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../../components/loading';
import type { ChartData } from './chart-data';
import { ChartTable } from './chart-table';

// ECharts comes in its own chunk, fetched once the first chart is on screen; the tables do not wait for it.
const EChart = lazy(async () => ({ default: (await import('./echarts-chart')).EChart }));

interface ChartFigureProps {
  title: string;
  /** What the chart shows and how to read it; also the start of the chart's text alternative. */
  description: string;
  data: ChartData;
  /** Said instead of an empty chart. */
  empty?: string | undefined;
}

/**
 * A chart with its title, a short reading guide and its figures as a table under it (「表で見る」).
 * The chart is an image to assistive technology, labelled with the description; the table holds
 * every figure.
 */
export function ChartFigure({ title, description, data, empty }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const hasValues = data.categories.length > 0 && data.series.some((series) => series.values.some((value) => value !== null && value !== 0));

  return (
    <figure aria-labelledby={titleId} className="flex flex-col gap-3">
      <h3 id={titleId} className="text-std-20B-150">
        {title}
      </h3>
      <p className="text-solid-gray-800">{description}</p>
      {hasValues ? (
        <>
          <Suspense fallback={<Loading />}>
            <EChart data={data} label={t('reports.charts.alt', { title, description })} />
          </Suspense>
          <details className="rounded-8 border border-solid-gray-200 p-3">
            <summary className="cursor-pointer text-key-900 underline">{t('reports.charts.table', { title })}</summary>
            <div className="mt-3">
              <ChartTable data={data} caption={title} />
            </div>
          </details>
        </>
      ) : (
        <p className="rounded-8 bg-solid-gray-50 p-4">{empty ?? t('reports.charts.empty')}</p>
      )}
    </figure>
  );
}
