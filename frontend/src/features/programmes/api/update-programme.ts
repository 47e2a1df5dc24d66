import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateProgrammeInput } from './create-programme';
import { programmeSchema, programmesQueryKey, type Programme } from './get-programmes';

/** Same body as creating one; the partners become exactly partnerIds. */
export const updateProgramme = ({ id, input }: { id: string; input: CreateProgrammeInput }) =>
  api.put(`/api/programmes/${encodeURIComponent(id)}`, input, programmeSchema);

export function useUpdateProgramme(id: string, { onSuccess }: { onSuccess?: (programme: Programme) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProgrammeInput) => updateProgramme({ id, input }),
    onSuccess: (programme) => {
      queryClient.setQueryData([...programmesQueryKey, 'detail', programme.id], programme);
      void queryClient.invalidateQueries({ queryKey: programmesQueryKey });
      // Activities carry the programme's name.
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      onSuccess?.(programme);
    },
  });
}
