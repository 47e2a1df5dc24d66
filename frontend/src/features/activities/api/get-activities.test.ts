import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { catalogueSearchFromParams } from './get-activities';

const parse = (query: string) => catalogueSearchFromParams(new URLSearchParams(query));

describe('catalogue filters in the URL', () => {
  it('are read back exactly as they were written', () => {
    const search = { q: 'digital trade', type: 'WORKSHOP' as const, language: 'fr' as const, region: '034', country: 'NP', open: true, page: 2 };
    const href = paths.catalogue.getHref(search);

    expect(href).toBe('/catalogue?q=digital+trade&type=WORKSHOP&language=fr&region=034&country=NP&open=true&page=2');
    expect(parse(href.split('?')[1])).toEqual(search);
  });

  it('leave out what is not filtered, and the first page', () => {
    expect(paths.catalogue.getHref({ q: '', open: false, page: 0 })).toBe('/catalogue');
    expect(parse('')).toEqual({ q: undefined, type: undefined, language: undefined, region: undefined, country: undefined, open: undefined, page: 0 });
  });

  it('drop values the catalogue cannot use instead of failing', () => {
    expect(parse('type=CONCERT&language=de&region=Asia&country=nepal&open=yes&page=-3')).toEqual({
      q: undefined,
      type: undefined,
      language: undefined,
      region: undefined,
      country: undefined,
      open: undefined,
      page: 0,
    });
  });
});
