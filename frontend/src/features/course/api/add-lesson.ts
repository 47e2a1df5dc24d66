import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { optionalText, requiredText } from '@/lib/validation';
import { lessonSchema } from './get-course';
import { useInvalidateCourse } from './invalidate-course';
import { embedFor } from '../components/video';


export const lessonInputSchema = z.object({
  title: requiredText(200),
  body: optionalText(20_000),
  // The server's own rule: only the players the SPA embeds.
  videoUrl: z.pipe(
    optionalText(500),
    z.nullable(z.string()).check(z.refine((value) => value === null || embedFor(value) !== null, { error: 'course.video-url' })),
  ),
  required: z.boolean(),
  position: z.optional(z.number()),
});
export type LessonValues = z.input<typeof lessonInputSchema>;
export type LessonInput = z.output<typeof lessonInputSchema>;
true satisfies Sends<'LessonRequest', LessonInput>;

export const addLesson = ({ moduleId, input }: { moduleId: string; input: LessonInput }) =>
  api.post(`/api/modules/${encodeURIComponent(moduleId)}/lessons`, input, lessonSchema);

export function useAddLesson(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: addLesson, onSuccess: invalidate });
}
