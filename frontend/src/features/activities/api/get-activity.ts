import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { GENDERS } from '@/lib/auth';
import type { Reads } from '@/lib/api-contract';

export const ACTIVITY_TYPES = ['MASTERCLASS', 'ONLINE_COURSE', 'WORKSHOP', 'STUDY_TOUR', 'ACCELERATOR_COHORT'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const DELIVERIES = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const ACTIVITY_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED'] as const;
export const ENROLMENT_POLICIES = ['OPEN', 'APPLICATION'] as const;
export const COUNTRY_GROUPS = ['LDC', 'LLDC', 'SIDS'] as const;
export const COURSE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type CourseLanguage = (typeof COURSE_LANGUAGES)[number];

/** Who may enrol. An empty (or absent) list lets everyone through on that rule. */
export const eligibilitySchema = z.object({
  genders: z.nullish(z.array(z.enum(GENDERS))),
  countryCodes: z.nullish(z.array(z.string())),
  regionCodes: z.nullish(z.array(z.string())),
  countryGroups: z.nullish(z.array(z.enum(COUNTRY_GROUPS))),
  womenLedOnly: z.nullish(z.boolean()),
  womenOwnedOnly: z.nullish(z.boolean()),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const activitySchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  type: z.enum(ACTIVITY_TYPES),
  title: z.string(),
  description: z.nullish(z.string()),
  delivery: z.enum(DELIVERIES),
  language: z.string(),
  countryCode: z.nullish(z.string()),
  city: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  /** Plain dates, YYYY-MM-DD. */
  startDate: z.string(),
  endDate: z.string(),
  /** IANA zone where the activity takes place. */
  timeZone: z.string(),
  capacity: z.number(),
  seatsLeft: z.number(),
  enrolled: z.number(),
  waitlisted: z.number(),
  enrolmentPolicy: z.enum(ENROLMENT_POLICIES),
  enrolmentOpensAt: z.nullish(z.string()),
  enrolmentClosesAt: z.nullish(z.string()),
  /** Computed by the server at the time of the request. */
  enrolmentOpen: z.boolean(),
  status: z.enum(ACTIVITY_STATUSES),
  eligibility: eligibilitySchema,
  tags: z.array(z.string()),
});
export type Activity = z.infer<typeof activitySchema>;
true satisfies Reads<'ActivityDto', z.output<typeof activitySchema>>;
true satisfies Reads<'EligibilityDto', z.output<typeof eligibilitySchema>>;

export const activitiesQueryKey = ['activities'] as const;

/** Public for published activities; 404 otherwise. */
export const getActivity = (id: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(id)}`, activitySchema, { signal });

export const getActivityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'detail', id],
    queryFn: ({ signal }) => getActivity(id, signal),
  });

export const useActivity = (id: string) => useQuery(getActivityQueryOptions(id));
