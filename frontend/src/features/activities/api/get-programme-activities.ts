import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityPageSchema } from './get-activities';
import { activitiesQueryKey } from './get-activity';

/** A programme's published activities (the API lists no drafts), its first 100. */
export const getProgrammeActivities = (programmeId: string, signal?: AbortSignal) =>
  api.get('/api/activities', activityPageSchema, { query: { programmeId, page: 0, size: 100 }, signal });

export const getProgrammeActivitiesQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'programme', programmeId],
    queryFn: ({ signal }) => getProgrammeActivities(programmeId, signal),
  });

export const useProgrammeActivities = (programmeId: string) => useQuery(getProgrammeActivitiesQueryOptions(programmeId));
