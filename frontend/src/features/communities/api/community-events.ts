import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, apiRequest } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { communitiesQueryKey } from './get-communities';

const ACTIVITY_TYPES = ['MASTERCLASS', 'ONLINE_COURSE', 'WORKSHOP', 'STUDY_TOUR', 'ACCELERATOR_COHORT'] as const;
export type EventType = (typeof ACTIVITY_TYPES)[number];

export const communityEventSchema = z.object({
  activityId: z.string(),
  title: z.string(),
  type: z.enum(ACTIVITY_TYPES),
  /** Plain dates, YYYY-MM-DD. */
  startDate: z.string(),
  endDate: z.string(),
  past: z.boolean(),
});
export type CommunityEvent = z.infer<typeof communityEventSchema>;
true satisfies Reads<'CommunityEventDto', z.output<typeof communityEventSchema>>;
const eventsSchema = z.array(communityEventSchema);

/** Only what the moderator's picker needs from the public catalogue. */
const catalogueItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED']),
});
const cataloguePageSchema = z.object({ items: z.array(catalogueItemSchema) });
true satisfies Reads<'PageDto_ActivityDto_', z.output<typeof cataloguePageSchema>>;
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

const eventsPath = (communityId: string) => `/api/communities/${encodeURIComponent(communityId)}/events`;
const eventPath = (communityId: string, activityId: string) => `${eventsPath(communityId)}/${encodeURIComponent(activityId)}`;
export const eventsQueryKey = (communityId: string) => [...communitiesQueryKey, communityId, 'events'] as const;

/** Soonest first, past ones last. Any signed-in user. */
export const getEvents = (communityId: string, signal?: AbortSignal) => api.get(eventsPath(communityId), eventsSchema, { signal });

export const useEvents = (communityId: string) =>
  useQuery(queryOptions({ queryKey: eventsQueryKey(communityId), queryFn: ({ signal }) => getEvents(communityId, signal) }));

const today = () => new Date().toISOString().slice(0, 10);

/** The first page of published activities starting from today: the public catalogue lists no drafts. */
export const getUpcomingActivities = (signal?: AbortSignal) =>
  api.get('/api/activities', cataloguePageSchema, { query: { from: today(), page: 0, size: 100 }, signal, auth: false });

export const useUpcomingActivities = () =>
  useQuery({ queryKey: ['activities', 'upcoming-for-events'], queryFn: ({ signal }) => getUpcomingActivities(signal), staleTime: 60_000 });

/** Moderators. 404 unknown or draft activity, 409 community.event-not-published. */
export const addEvent = (communityId: string, activityId: string) => api.put(eventPath(communityId, activityId), undefined, eventsSchema);

export const removeEvent = (communityId: string, activityId: string) =>
  apiRequest(eventPath(communityId, activityId), { method: 'DELETE' }, eventsSchema);

export function useAddEvent(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) => addEvent(communityId, activityId),
    onSuccess: (events) => queryClient.setQueryData(eventsQueryKey(communityId), events),
  });
}

export function useRemoveEvent(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) => removeEvent(communityId, activityId),
    onSuccess: (events) => queryClient.setQueryData(eventsQueryKey(communityId), events),
  });
}
