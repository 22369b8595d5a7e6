import { useCallback, useMemo } from 'react';
import { PROPOSAL_STATES } from '@gyokaku/domain';
import { useSearchParams } from 'react-router';
import type { PlanListParams } from '../../api/use-plans';
import { PLAN_KIND_CODES, PLAN_SORT_CODES, type PlanKindCode, type PlanSort } from '../../plan-codes';

const PROPOSAL_STATE_FILTERS = [...PROPOSAL_STATES, 'none'] as const;

export const PAGE_SIZE = 50;

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);
const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/**
 * The list's filters live in the URL, so a filtered list can be shared, bookmarked and left with
 * the back button; a malformed parameter is ignored rather than sent.
 */
export function usePlanListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<PlanListParams>(() => {
    const text = (key: string) => searchParams.get(key)?.trim() || undefined;
    const kind = searchParams.get('kind');
    const sort = searchParams.get('sort');
    const order = searchParams.get('order');
    const sdg = positive(searchParams.get('sdg'));
    const proposalState = searchParams.get('proposalState');
    return {
      nodeId: text('nodeId'),
      departmentId: text('departmentId'),
      kind: isOneOf<PlanKindCode>(PLAN_KIND_CODES, kind) ? kind : undefined,
      tag: text('tag'),
      sdg: sdg !== undefined && sdg <= 17 ? sdg : undefined,
      fiscalYear: positive(searchParams.get('fiscalYear')),
      check: text('check'),
      proposalState: isOneOf<(typeof PROPOSAL_STATE_FILTERS)[number]>(PROPOSAL_STATE_FILTERS, proposalState) ? proposalState : undefined,
      callId: text('callId'),
      q: text('q'),
      sort: isOneOf<PlanSort>(PLAN_SORT_CODES, sort) ? sort : 'number',
      order: order === 'desc' ? 'desc' : 'asc',
      page: positive(searchParams.get('page')) ?? 1,
      pageSize: PAGE_SIZE,
    };
  }, [searchParams]);

  const setParams = useCallback(
    (next: PlanListParams) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '' || key === 'pageSize') continue;
        if ((key === 'sort' && value === 'number') || (key === 'order' && value === 'asc') || (key === 'page' && value === 1)) continue;
        query.set(key, String(value));
      }
      setSearchParams(query);
    },
    [setSearchParams],
  );

  return { params, setParams, key: searchParams.toString() };
}
