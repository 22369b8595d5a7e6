import type { OrganisationResponse } from '@gyokaku/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

export const organisationKey = ['organisation'] as const;

interface OrganisationQuery {
  /** YYYY-MM-DD; the server defaults to today in Japan. */
  asOf?: string | undefined;
  includeEnded?: boolean;
}

export function useOrganisation({ asOf, includeEnded = false }: OrganisationQuery = {}) {
  return useQuery({
    queryKey: [...organisationKey, asOf ?? 'today', includeEnded],
    queryFn: () => api.get<OrganisationResponse>(withQuery('/organisation', { asOf, includeEnded })),
    // Changing the date keeps the previous organisation on screen instead of blanking the page.
    placeholderData: keepPreviousData,
  });
}
