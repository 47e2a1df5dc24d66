import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ModuleInput } from './add-module';
import { moduleSchema } from './get-course';
import { useInvalidateCourse } from './invalidate-course';

/** Renames or moves a module: same body as adding one. */
export const updateModule = ({ moduleId, input }: { moduleId: string; input: ModuleInput }) =>
  api.put(`/api/modules/${encodeURIComponent(moduleId)}`, input, moduleSchema);

export function useUpdateModule(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: updateModule, onSuccess: invalidate });
}
