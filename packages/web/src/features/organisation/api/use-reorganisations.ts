import type { CreateReorganisationRequest, Reorganisation, ReorganisationListResponse } from '@gyokaku/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKey } from './use-organisation';

const reorganisationsKey = ['reorganisations'] as const;

export function useReorganisations() {
  return useQuery({
    queryKey: reorganisationsKey,
    queryFn: () => api.get<ReorganisationListResponse>('/reorganisations'),
  });
}

export function useCreateReorganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateReorganisationRequest) => api.post<Reorganisation>('/reorganisations', request),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reorganisationsKey }),
        queryClient.invalidateQueries({ queryKey: organisationKey }),
      ]);
    },
  });
}
