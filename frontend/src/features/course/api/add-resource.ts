import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { resourceSchema } from './get-course';
import { useInvalidateCourse } from './invalidate-course';

/** The server refuses larger files with 413; checked here first to spare the upload. */
export const MAX_RESOURCE_BYTES = 1024 * 1024;
export const RESOURCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.txt,.csv';

/** The messageKey of what is wrong with the file before sending it, or null. */
export function resourceFileError(file: File | undefined): string | null {
  if (!file) return 'validation.required';
  if (file.size > MAX_RESOURCE_BYTES) return 'problem.payload-too-large';
  return null;
}

export const addResource = ({ lessonId, file }: { lessonId: string; file: File }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post(`/api/lessons/${encodeURIComponent(lessonId)}/resources`, form, resourceSchema);
};

export function useAddResource(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: addResource, onSuccess: invalidate });
}
