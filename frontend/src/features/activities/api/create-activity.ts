import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { GENDERS } from '@/lib/auth';
import { optionalText, requiredText } from '@/lib/validation';
import {
  activitiesQueryKey,
  activitySchema,
  ACTIVITY_TYPES,
  COUNTRY_GROUPS,
  COURSE_LANGUAGES,
  DELIVERIES,
  ENROLMENT_POLICIES,
  type Activity,
} from './get-activity';
import type { Sends } from '@/lib/api-contract';

const plainDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' }));
const orNull = (value: string) => (value === '' ? null : value);
/** A datetime-local value (in the browser's zone) as a UTC instant; blank is "not said". */
const localInstant = z.pipe(
  z.string().check(z.refine((value) => value === '' || !Number.isNaN(new Date(value).getTime()), { error: 'validation.invalid-type' })),
  z.transform((value: string) => (value === '' ? null : new Date(value).toISOString())),
);
const nonEmptyOrNull = <T>(values: T[]) => (values.length === 0 ? null : values);

/** The form holds strings and arrays, as inputs give them; the output is the API's CreateActivityRequest. */
export const createActivityInputSchema = z.pipe(
  z
    .object({
      programmeId: z.string(),
      type: z.enum(ACTIVITY_TYPES),
      title: requiredText(200),
      description: optionalText(10000),
      delivery: z.enum(DELIVERIES),
      language: z.enum(COURSE_LANGUAGES),
      countryCode: z.string(),
      city: optionalText(200),
      regionCode: z.string(),
      startDate: plainDate(),
      endDate: plainDate(),
      timeZone: requiredText(64),
      capacity: z.string().check(z.regex(/^[1-9]\d{0,5}$/, { error: 'validation.out-of-range' })),
      /** Not asked on the form: OPEN for a new activity, and fixed once it is published. */
      enrolmentPolicy: z.enum(ENROLMENT_POLICIES),
      enrolmentOpensAt: localInstant,
      enrolmentClosesAt: localInstant,
      genders: z.array(z.enum(GENDERS)),
      countryGroups: z.array(z.enum(COUNTRY_GROUPS)),
      eligibleCountries: z.array(z.string()),
      eligibleRegions: z.array(z.string()),
      womenLedOnly: z.boolean(),
      womenOwnedOnly: z.boolean(),
      tags: z.string().check(z.maxLength(500, { error: 'validation.size' })),
    })
    .check(z.refine((value) => value.endDate >= value.startDate, { error: 'validation.date-order', path: ['endDate'] })),
  z.transform((values) => ({
    programmeId: values.programmeId,
    type: values.type,
    title: values.title,
    description: values.description,
    delivery: values.delivery,
    language: values.language,
    countryCode: orNull(values.countryCode),
    city: values.city,
    regionCode: orNull(values.regionCode),
    startDate: values.startDate,
    endDate: values.endDate,
    timeZone: values.timeZone,
    capacity: Number(values.capacity),
    enrolmentPolicy: values.enrolmentPolicy,
    enrolmentOpensAt: values.enrolmentOpensAt,
    enrolmentClosesAt: values.enrolmentClosesAt,
    eligibility: {
      genders: nonEmptyOrNull(values.genders),
      countryCodes: nonEmptyOrNull(values.eligibleCountries),
      regionCodes: nonEmptyOrNull(values.eligibleRegions),
      countryGroups: nonEmptyOrNull(values.countryGroups),
      womenLedOnly: values.womenLedOnly,
      womenOwnedOnly: values.womenOwnedOnly,
    },
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  })),
);
export type CreateActivityValues = z.input<typeof createActivityInputSchema>;
export type CreateActivityRequest = z.output<typeof createActivityInputSchema>;
true satisfies Sends<'CreateActivityRequest', CreateActivityRequest>;

/** Created as a DRAFT; publishing is a separate step. */
export const createActivity = (request: CreateActivityRequest) => api.post('/api/activities', request, activitySchema);

export function useCreateActivity({ onSuccess }: { onSuccess?: (activity: Activity) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (activity) => {
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
      onSuccess?.(activity);
    },
  });
}
