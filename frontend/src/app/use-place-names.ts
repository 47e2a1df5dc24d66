import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { placeNamesFrom } from '@/features/activities/components/place-names';
import { countryNames, countryOptions, useCountries } from '@/features/countries/api/get-countries';
import { regionGroups, regionNames, useRegions } from '@/features/countries/api/get-regions';
import { currentLanguage } from '@/lib/i18n';

/** Country and region names in the reader's language, from the reference data, for the activity pages. */
export function usePlaceNames() {
  useTranslation();
  const language = currentLanguage();
  const countries = useCountries();
  const regions = useRegions();
  return useMemo(
    () => ({
      names: placeNamesFrom(countries.data && countryNames(countries.data, language), regions.data && regionNames(regions.data, language)),
      countryChoices: countries.data ? countryOptions(countries.data, language) : [],
      regionChoices: regions.data ? regionGroups(regions.data, language) : [],
      ready: !countries.isPending && !regions.isPending,
    }),
    [countries.data, countries.isPending, regions.data, regions.isPending, language],
  );
}

/** Regions and their sub-regions in one list for a select; a sub-region is indented under its region. */
export function useRegionChoices(regionChoices: ReturnType<typeof usePlaceNames>['regionChoices']) {
  return useMemo(
    () =>
      regionChoices.flatMap((region) => [
        { value: region.value, label: region.label },
        ...region.subregions.map((subregion) => ({ value: subregion.value, label: `\u00a0\u00a0${subregion.label}` })),
      ]),
    [regionChoices],
  );
}
