import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DrillDownQuery } from '../api/use-round-dashboard';

/** The page listing the plans behind a figure; the query is the drill-down API's own. */
export function drillDownPath(roundId: string, query: DrillDownQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const text = params.toString();
  return `/report-rounds/${roundId}/plans${text ? `?${text}` : ''}`;
}

interface CountLinkProps {
  roundId: string;
  query: DrillDownQuery;
  count: number;
  /** What the count counts, for the link's name out of its table: 「取組中（市民課）」. */
  figure: string;
}

/** A count that opens the list of plans behind it; a zero has nothing behind it and stays plain text. */
export function CountLink({ roundId, query, count, figure }: CountLinkProps) {
  const { t } = useTranslation();
  if (count === 0) return <>{count}</>;
  return (
    <Link to={drillDownPath(roundId, query)} aria-label={t('reports.drill.linkLabel', { count, figure })}>
      {count}
    </Link>
  );
}
