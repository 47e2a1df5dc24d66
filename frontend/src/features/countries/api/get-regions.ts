import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

type Language = 'en' | 'fr' | 'es';

const namesSchema = z.object({ en: z.string(), fr: z.string(), es: z.string() });

export const subregionSchema = z.object({ code: z.string(), names: namesSchema });
export const regionSchema = z.object({ code: z.string(), names: namesSchema, subregions: z.array(subregionSchema) });
export type Region = z.infer<typeof regionSchema>;
true satisfies Reads<'RegionDto', z.output<typeof regionSchema>>;
true satisfies Reads<'RegionDto.SubregionDto', z.output<typeof subregionSchema>>;

/** UN M49 regions (Africa, Asia...) with their sub-regions (Southern Asia...). */
export const getRegions = ({ signal }: { signal?: AbortSignal } = {}) => api.get('/api/regions', z.array(regionSchema), { signal, auth: false });

export const getRegionsQueryOptions = () =>
  queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getRegions({ signal }),
    staleTime: Infinity,
  });

export const useRegions = () => useQuery(getRegionsQueryOptions());

export type RegionGroup = { value: string; label: string; subregions: { value: string; label: string }[] };

/** Regions and their sub-regions, named and sorted in the reader's language. */
export function regionGroups(regions: Region[], language: Language): RegionGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const name = (names: Region['names']) => names[language] || names.en;
  return regions
    .map((region) => ({
      value: region.code,
      label: name(region.names),
      subregions: region.subregions
        .map((subregion) => ({ value: subregion.code, label: name(subregion.names) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Code → name for regions and sub-regions alike, as an activity's regionCode may be either. */
export function regionNames(regions: Region[], language: Language): Map<string, string> {
  const names = new Map<string, string>();
  for (const region of regions) {
    names.set(region.code, region.names[language] || region.names.en);
    for (const subregion of region.subregions) names.set(subregion.code, subregion.names[language] || subregion.names.en);
  }
  return names;
}
