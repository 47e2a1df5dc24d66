import { describe, expect, it } from 'vitest';
import { countryOptions, type Country } from './get-countries';

const country = (code: string, en: string, fr: string, es: string): Country => ({ code, names: { en, fr, es } });
const countries = [
  country('AE', 'United Arab Emirates', 'Émirats arabes unis', 'Emiratos Árabes Unidos'),
  country('EG', 'Egypt', 'Égypte', 'Egipto'),
  country('DE', 'Germany', 'Allemagne', 'Alemania'),
  country('ES', 'Spain', 'Espagne', 'España'),
];

describe('countryOptions', () => {
  it('names and sorts countries in the reader’s language, accents included', () => {
    expect(countryOptions(countries, 'fr').map((option) => option.label)).toEqual(['Allemagne', 'Égypte', 'Émirats arabes unis', 'Espagne']);
    expect(countryOptions(countries, 'en').map((option) => option.value)).toEqual(['EG', 'DE', 'ES', 'AE']);
    expect(countryOptions(countries, 'es').map((option) => option.label)).toEqual(['Alemania', 'Egipto', 'Emiratos Árabes Unidos', 'España']);
  });
});
