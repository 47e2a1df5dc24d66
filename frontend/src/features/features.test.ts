import { describe, expect, it } from 'vitest';

// Features are composed by src/app; one feature importing another would tie their changes together.
const sources = import.meta.glob<string>('./**/*.{ts,tsx}', { eager: true, query: '?raw', import: 'default' });

describe('features', () => {
  it('do not import one another', () => {
    const offences: string[] = [];
    for (const [path, source] of Object.entries(sources)) {
      const feature = path.split('/')[1];
      for (const [, target] of source.matchAll(/from\s+'([^']+)'/g)) {
        const other = /^@\/features\/([^/]+)/.exec(target)?.[1] ?? /^(?:\.\.\/){2}([^/.][^/]*)\//.exec(target)?.[1];
        if (other && other !== feature) offences.push(`${path} imports ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
