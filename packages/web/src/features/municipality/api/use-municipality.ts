import type { Municipality, UpdateMunicipalitySettingsRequest } from '@gyokaku/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeMunicipality } from '../../auth/api/use-session';

const municipalityKey = ['municipality'] as const;

export function useMunicipality() {
  return useQuery({ queryKey: municipalityKey, queryFn: () => api.get<Municipality>('/municipality') });
}

export function useUpdateMunicipalitySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateMunicipalitySettingsRequest) => api.put<Municipality>('/municipality/settings', request),
    onSuccess: (municipality) => {
      queryClient.setQueryData(municipalityKey, municipality);
      storeMunicipality(queryClient, municipality);
    },
  });
}
