import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { importQueryKey, importSchema, type Import } from './get-import';

/** The server refuses larger bodies with 413 (CAMPUS_MAX_REQUEST_SIZE); checked here first to spare the upload. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isFileList = (value: unknown): value is FileList =>
  typeof value === 'object' && value !== null && typeof (value as FileList).length === 'number';

export const uploadImportInputSchema = z.object({
  file: z.custom<FileList>(isFileList, { error: 'validation.required' }).check(
    z.refine((files) => files.length > 0, { error: 'validation.required' }),
    // The server's own messageKey for a body over the limit, so both say the same.
    z.refine((files) => files.length === 0 || files[0].size <= MAX_IMPORT_BYTES, { error: 'problem.payload-too-large' }),
  ),
});
export type UploadImportInput = z.infer<typeof uploadImportInputSchema>;

/** A dry run: the server checks every row and says what it would do; nothing is written. 201 with the import. */
export const uploadImport = ({ activityId, file }: { activityId: string; file: File }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post(`/api/activities/${encodeURIComponent(activityId)}/imports`, form, importSchema);
};

export function useUploadImport(activityId: string, { onSuccess }: { onSuccess?: (result: Import) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadImport({ activityId, file }),
    onSuccess: (result) => {
      queryClient.setQueryData(importQueryKey(result.id), result);
      onSuccess?.(result);
    },
  });
}
