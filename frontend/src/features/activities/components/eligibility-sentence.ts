import type { TFunction } from 'i18next';
import type { Eligibility } from '../api/get-activity';
import type { PlaceNames } from './place-names';

/** Beyond this many countries the sentence gives their number, and the page lists them apart. */
export const MAX_COUNTRIES_IN_SENTENCE = 6;

const ALL_GENDERS = 4;

/**
 * Who may enrol, in one sentence of the reader's language: "For women entrepreneurs from Least
 * Developed Countries in Southern Asia." Each language phrases its own parts, so word order and
 * prepositions stay natural; lists are joined the way that language joins them.
 */
export function eligibilitySentence(eligibility: Eligibility, names: PlaceNames, t: TFunction<'activities'>, language: string): string {
  const or = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  const and = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const genders = [...new Set(eligibility.genders ?? [])];
  const countries = eligibility.countryCodes ?? [];
  const regions = eligibility.regionCodes ?? [];
  const groups = [...new Set(eligibility.countryGroups ?? [])];

  let who: string;
  if (genders.length === 0 || genders.length >= ALL_GENDERS) who = t('eligibility.who.anyone');
  else if (genders.length === 1 && genders[0] === 'FEMALE') who = t('eligibility.who.women');
  else if (genders.length === 1 && genders[0] === 'MALE') who = t('eligibility.who.men');
  else who = t('eligibility.who.genders', { genders: or(genders.map((gender) => t(`eligibility.genders.${gender}`))) });

  const business = eligibility.womenLedOnly
    ? eligibility.womenOwnedOnly
      ? t('eligibility.business.womenLedAndOwned')
      : t('eligibility.business.womenLed')
    : eligibility.womenOwnedOnly
      ? t('eligibility.business.womenOwned')
      : null;

  const where: string[] = [];
  if (countries.length > MAX_COUNTRIES_IN_SENTENCE) where.push(t('eligibility.where.manyCountries', { count: countries.length }));
  else if (countries.length > 0) where.push(t('eligibility.where.countries', { countries: or(countries.map(names.country)) }));
  const groupNames = or(groups.map((group) => t(`eligibility.groups.${group}`)));
  const regionNames = or(regions.map(names.region));
  if (groups.length > 0 && regions.length > 0) where.push(t('eligibility.where.groupsInRegions', { groups: groupNames, regions: regionNames }));
  else if (groups.length > 0) where.push(t('eligibility.where.groups', { groups: groupNames }));
  else if (regions.length > 0) where.push(t('eligibility.where.regions', { regions: regionNames }));

  if (who === t('eligibility.who.anyone') && !business && where.length === 0) return t('eligibility.everyone');
  return t('eligibility.sentence', { who: [who, business, where.length > 0 ? and(where) : null].filter(Boolean).join(' ') });
}
