import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

const namesSchema = z.object({ en: z.string(), fr: z.string(), es: z.string() });

export const countrySchema = z.object({
  code: z.string(),
  iso3: z.nullish(z.string()),
  m49: z.nullish(z.string()),
  names: namesSchema,
  regionCode: z.nullish(z.string()),
  subregionCode: z.nullish(z.string()),
  ldc: z.nullish(z.boolean()),
  lldc: z.nullish(z.boolean()),
  sids: z.nullish(z.boolean()),
});
export type Country = z.infer<typeof countrySchema>;
true satisfies Reads<'CountryDto', z.output<typeof countrySchema>>;

export const getCountries = ({ signal }: { signal?: AbortSignal } = {}) =>
  api.get('/api/countries', z.array(countrySchema), { signal, auth: false });

export const getCountriesQueryOptions = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: ({ signal }) => getCountries({ signal }),
    // The list changes when the UN reclassifies a country, not while someone fills a form.
    staleTime: Infinity,
  });

export const useCountries = () => useQuery(getCountriesQueryOptions());

/** Countries as picker options, named and sorted the way a reader of that language expects. */
export function countryOptions(countries: Country[], language: 'en' | 'fr' | 'es') {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return countries
    .map((country) => ({ value: country.code, label: country.names[language] || country.names.en }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Code → name in the reader's language. */
export function countryNames(countries: Country[], language: 'en' | 'fr' | 'es'): Map<string, string> {
  return new Map(countries.map((country) => [country.code, country.names[language] || country.names.en]));
}
