import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import { QUESTION_TYPES } from '@/lib/questions';
import { criterionSchema } from './get-rubric';
import type { Reads } from '@/lib/api-contract';

/** The questions as a blind reviewer sees them: identifying ones are left out by the server. */
export const reviewQuestionSchema = z.object({
  key: z.string(),
  type: z.enum(QUESTION_TYPES),
  label: localizedTextSchema,
  required: z.boolean(),
  identifying: z.boolean(),
  options: z.nullish(z.array(z.object({ value: z.string(), label: localizedTextSchema }))),
});
export type ReviewQuestion = z.infer<typeof reviewQuestionSchema>;

export const reviewSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  activityTitle: z.string(),
  questions: z.array(reviewQuestionSchema),
  /** JSON values of several types (see the application's answers); each is checked where shown. */
  answers: z.record(z.string(), z.unknown()),
  criteria: z.array(criterionSchema),
  /** criterion key → 1..scale; null until she scores. */
  scores: z.nullish(z.record(z.string(), z.number())),
  /** 0..100, the weighted mean of her scores. */
  score: z.nullish(z.number()),
  comment: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

export const reviewPageSchema = z.object({
  items: z.array(reviewSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type ReviewPage = z.infer<typeof reviewPageSchema>;
true satisfies Reads<'QuestionDto', z.output<typeof reviewQuestionSchema>>;
true satisfies Reads<'ReviewDto', z.output<typeof reviewSchema>>;
true satisfies Reads<'PageDto_ReviewDto_', z.output<typeof reviewPageSchema>>;

export const MY_REVIEWS_PAGE_SIZE = 20;

export type MyReviewsSearch = { pending: boolean; activityId?: string; page: number; size?: number };

export const getMyReviews = ({ pending, activityId, page, size = MY_REVIEWS_PAGE_SIZE }: MyReviewsSearch, signal?: AbortSignal) =>
  api.get('/api/me/reviews', reviewPageSchema, { query: { activityId, pending, page, size }, signal });

export const myReviewsQueryKey = ['reviews', 'mine'] as const;

export const getMyReviewsQueryOptions = (search: MyReviewsSearch) =>
  queryOptions({
    queryKey: [...myReviewsQueryKey, 'list', search],
    queryFn: ({ signal }) => getMyReviews(search, signal),
  });

export const useMyReviews = (search: MyReviewsSearch) => useQuery({ ...getMyReviewsQueryOptions(search), placeholderData: keepPreviousData });
