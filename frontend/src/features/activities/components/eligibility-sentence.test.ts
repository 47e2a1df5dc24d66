import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { Eligibility } from '../api/get-activity';
import { eligibilitySentence } from './eligibility-sentence';
import type { PlaceNames } from './place-names';

const names = (language: 'en' | 'fr'): PlaceNames => {
  const countries: Record<string, Record<string, string>> = { NP: { en: 'Nepal', fr: 'Népal' }, IN: { en: 'India', fr: 'Inde' }, BD: { en: 'Bangladesh', fr: 'Bangladesh' } };
  const regions: Record<string, Record<string, string>> = { '034': { en: 'Southern Asia', fr: 'Asie méridionale' }, '035': { en: 'South-eastern Asia', fr: 'Asie du Sud-Est' } };
  return { country: (code) => countries[code]?.[language] ?? code, region: (code) => regions[code]?.[language] ?? code };
};

const rules = (overrides: Partial<Eligibility>): Eligibility => ({
  genders: [],
  countryCodes: [],
  regionCodes: [],
  countryGroups: [],
  womenLedOnly: false,
  womenOwnedOnly: false,
  ...overrides,
});

async function sentence(language: 'en' | 'fr', eligibility: Eligibility) {
  await i18n.loadLanguages(language);
  return eligibilitySentence(eligibility, names(language), i18n.getFixedT(language, 'activities'), language);
}

describe('the eligibility sentence', () => {
  it('says who may enrol, in English', async () => {
    expect(await sentence('en', rules({ genders: ['FEMALE'], countryGroups: ['LDC'], regionCodes: ['034'] }))).toBe(
      'For women entrepreneurs from Least Developed Countries in Southern Asia.',
    );
    expect(await sentence('en', rules({}))).toBe('Open to everyone.');
    expect(await sentence('en', rules({ womenLedOnly: true }))).toBe('For entrepreneurs with a women-led business.');
    expect(await sentence('en', rules({ genders: ['FEMALE'], countryCodes: ['NP', 'IN', 'BD'] }))).toBe(
      'For women entrepreneurs from Nepal, India, or Bangladesh.',
    );
    expect(await sentence('en', rules({ countryGroups: ['LDC', 'SIDS'], womenLedOnly: true, womenOwnedOnly: true }))).toBe(
      'For entrepreneurs with a business led and owned by women from Least Developed Countries or Small Island Developing States.',
    );
    expect(await sentence('en', rules({ genders: ['FEMALE', 'OTHER'], regionCodes: ['034', '035'] }))).toBe(
      'For entrepreneurs of gender female or other from Southern Asia or South-eastern Asia.',
    );
  });

  it('says who may enrol, in French', async () => {
    expect(await sentence('fr', rules({ genders: ['FEMALE'], countryGroups: ['LDC'], regionCodes: ['034'] }))).toBe(
      'Pour les femmes entrepreneures des pays les moins avancés situés en Asie méridionale.',
    );
    expect(await sentence('fr', rules({}))).toBe('Ouvert à toutes et à tous.');
    expect(await sentence('fr', rules({ genders: ['FEMALE'], countryCodes: ['NP', 'IN'], womenOwnedOnly: true }))).toBe(
      'Pour les femmes entrepreneures dont l’entreprise est détenue par des femmes de ces pays : Népal ou Inde.',
    );
  });

  it('gives the number of countries rather than a long list', async () => {
    const many = ['NP', 'IN', 'BD', 'LK', 'PK', 'BT', 'MV'];
    expect(await sentence('en', rules({ countryCodes: many }))).toBe('For entrepreneurs from one of 7 countries.');
  });
});
