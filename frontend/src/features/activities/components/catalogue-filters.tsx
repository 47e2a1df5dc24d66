import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { Link } from 'react-router-dom';
import { Field } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { ACTIVITY_TYPES, COURSE_LANGUAGES } from '../api/get-activity';
import type { CatalogueSearch } from '../api/get-activities';
import { CountryOptions, RegionOptions, type Option, type RegionOption } from '@/components/ui/place-options';

const orNothing = <T extends string>(value: T | '') => (value === '' ? undefined : value);

/** The form holds strings, as inputs give them; submitting yields a search from its first page. */
export const catalogueFiltersSchema = z.pipe(
  z.object({
    q: z.string().check(z.trim(), z.maxLength(200, { error: 'validation.size' })),
    type: z.union([z.literal(''), z.enum(ACTIVITY_TYPES)]),
    language: z.union([z.literal(''), z.enum(COURSE_LANGUAGES)]),
    region: z.string().check(z.regex(/^(\d{3})?$/, { error: 'validation.invalid-value' })),
    country: z.string().check(z.regex(/^([A-Z]{2})?$/, { error: 'validation.unknown-country' })),
    open: z.boolean(),
  }),
  z.transform(
    (values): CatalogueSearch => ({
      q: orNothing(values.q),
      type: orNothing(values.type),
      language: orNothing(values.language),
      region: orNothing(values.region),
      country: orNothing(values.country),
      open: values.open || undefined,
      page: 0,
    }),
  ),
);
type FilterValues = z.input<typeof catalogueFiltersSchema>;

const toValues = (search: CatalogueSearch): FilterValues => ({
  q: search.q ?? '',
  type: search.type ?? '',
  language: search.language ?? '',
  region: search.region ?? '',
  country: search.country ?? '',
  open: search.open ?? false,
});

export type { Option, RegionOption } from '@/components/ui/place-options';

type Props = {
  search: CatalogueSearch;
  regions: RegionOption[];
  countries: Option[];
  onSearch: (search: CatalogueSearch) => void;
};

export function CatalogueFilters({ search, regions, countries, onSearch }: Props) {
  const { t } = useTranslation('activities');
  const form = useForm<FilterValues, unknown, CatalogueSearch>({
    resolver: zodResolver(catalogueFiltersSchema),
    defaultValues: toValues(search),
  });
  const { errors } = form.formState;
  const { reset, getValues, setValue } = form;

  // Back, forward or a link changed the URL: the form shows what the results are filtered by.
  const searchKey = JSON.stringify(toValues(search));
  useEffect(() => {
    reset(JSON.parse(searchKey) as FilterValues);
  }, [searchKey, reset]);

  // Regions and countries arrive after the form: select the ones the URL asked for once they exist.
  useEffect(() => {
    setValue('region', getValues('region'));
  }, [regions.length, getValues, setValue]);
  useEffect(() => {
    setValue('country', getValues('country'));
  }, [countries.length, getValues, setValue]);

  const secondary = [search.type, search.language, search.region, search.country].filter(Boolean).length;
  const filtered = secondary > 0 || Boolean(search.q) || Boolean(search.open);

  return (
    <form role="search" aria-label={t('filters.label')} className="catalogue-filters" noValidate onSubmit={form.handleSubmit(onSearch)}>
      <Field label={t('filters.q')} error={errors.q?.message} className="catalogue-filters__q">
        {(control) => <input type="search" enterKeyHint="search" autoComplete="off" {...control} {...form.register('q')} />}
      </Field>
      <label className="choice">
        <input type="checkbox" {...form.register('open')} />
        <span>{t('filters.open')}</span>
      </label>
      <details className="catalogue-filters__more" open={secondary > 0 || undefined}>
        <summary>{secondary > 0 ? t('filters.moreActive', { count: secondary }) : t('filters.more')}</summary>
        <div className="catalogue-filters__grid">
          <Field label={t('filters.type')}>
            {(control) => (
              <select {...control} {...form.register('type')}>
                <option value="">{t('filters.anyType')}</option>
                {ACTIVITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filters.language')}>
            {(control) => (
              <select {...control} {...form.register('language')}>
                <option value="">{t('filters.anyLanguage')}</option>
                {COURSE_LANGUAGES.map((language) => (
                  <option key={language} value={language}>
                    {t(`languages.${language}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filters.region')} hint={t('filters.regionHint')}>
            {(control) => (
              <select {...control} {...form.register('region')}>
                <RegionOptions regions={regions} anyLabel={t('filters.anyRegion')} wholeLabel={(region) => t('filters.wholeRegion', { region })} />
              </select>
            )}
          </Field>
          <Field label={t('filters.country')}>
            {(control) => (
              <select autoComplete="off" {...control} {...form.register('country')}>
                <CountryOptions countries={countries} anyLabel={t('filters.anyCountry')} />
              </select>
            )}
          </Field>
        </div>
      </details>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('filters.submit')}
        </button>
        {filtered && (
          <Link to={paths.catalogue.getHref()} className="button">
            {t('filters.clear')}
          </Link>
        )}
      </div>
    </form>
  );
}
