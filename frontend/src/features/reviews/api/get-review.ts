import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { myReviewsQueryKey, reviewSchema } from './get-my-reviews';

export const getReview = (reviewId: string, signal?: AbortSignal) =>
  api.get(`/api/reviews/${encodeURIComponent(reviewId)}`, reviewSchema, { signal });

export const reviewQueryKey = (reviewId: string) => [...myReviewsQueryKey, 'detail', reviewId] as const;

export const useReview = (reviewId: string) =>
  useQuery(queryOptions({ queryKey: reviewQueryKey(reviewId), queryFn: ({ signal }) => getReview(reviewId, signal) }));
