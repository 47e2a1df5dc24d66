import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { myReviewsQueryKey, reviewSchema } from './get-my-reviews';
import { reviewQueryKey } from './get-review';
import type { Sends } from '@/lib/api-contract';

export type ScoreReviewBody = { scores: Record<string, number>; comment: string | null };
true satisfies Sends<'ScoreRequest', ScoreReviewBody>;

/** Her scores (criterion key → 1..scale) and comment; correctable until the application is decided (409 review.closed). */
export const scoreReview = ({ reviewId, ...body }: ScoreReviewBody & { reviewId: string }) =>
  api.put(`/api/reviews/${encodeURIComponent(reviewId)}`, body satisfies ScoreReviewBody, reviewSchema);

export function useScoreReview(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoreReviewBody) => scoreReview({ reviewId, ...body }),
    onSuccess: (review) => {
      queryClient.setQueryData(reviewQueryKey(reviewId), review);
      void queryClient.invalidateQueries({ queryKey: [...myReviewsQueryKey, 'list'] });
    },
  });
}
