/**
 * How this feature names countries and regions in the reader's language. The page provides it from
 * the reference data, so the activity components need not load it themselves.
 */
export type PlaceNames = {
  country: (code: string) => string;
  region: (code: string) => string;
};

/** Codes stand in for names until the reference data arrives (or if it cannot). */
export const codesOnly: PlaceNames = { country: (code) => code, region: (code) => code };

export function placeNamesFrom(countries: Map<string, string> | undefined, regions: Map<string, string> | undefined): PlaceNames {
  return {
    country: (code) => countries?.get(code) ?? code,
    region: (code) => regions?.get(code) ?? code,
  };
}
