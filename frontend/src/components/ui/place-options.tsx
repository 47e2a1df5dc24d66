/** A choice in a select: what is sent, and what people read. */
export type Option = { value: string; label: string };
/** An M49 region with its sub-regions, for a select grouping them. */
export type RegionOption = Option & { subregions: Option[] };

/**
 * The options of a region filter: "any region", then each region as a group holding "the whole
 * region" and its sub-regions.
 */
export function RegionOptions({ regions, anyLabel, wholeLabel }: { regions: RegionOption[]; anyLabel: string; wholeLabel: (region: string) => string }) {
  return (
    <>
      <option value="">{anyLabel}</option>
      {regions.map((region) => (
        <optgroup key={region.value} label={region.label}>
          <option value={region.value}>{wholeLabel(region.label)}</option>
          {region.subregions.map((subregion) => (
            <option key={subregion.value} value={subregion.value}>
              {subregion.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The options of a country filter: "any country", then each country. */
export function CountryOptions({ countries, anyLabel }: { countries: Option[]; anyLabel: string }) {
  return (
    <>
      <option value="">{anyLabel}</option>
      {countries.map((country) => (
        <option key={country.value} value={country.value}>
          {country.label}
        </option>
      ))}
    </>
  );
}
