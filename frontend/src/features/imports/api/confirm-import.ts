import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { importQueryKey, importSchema } from './get-import';

/** 202 with the import RUNNING: the valid rows are written in one transaction in the background. */
export const confirmImport = (importId: string) => api.post(`/api/imports/${encodeURIComponent(importId)}/confirm`, undefined, importSchema);

export function useConfirmImport(importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmImport(importId),
    // RUNNING in the cache starts the polling of the import.
    onSuccess: (result) => queryClient.setQueryData(importQueryKey(importId), result),
  });
}
