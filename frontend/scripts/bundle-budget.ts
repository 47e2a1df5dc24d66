import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Chunk = {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type Asset = { type: 'asset'; fileName: string; source: string | Uint8Array };

/**
 * Fails the build when the JavaScript and CSS a browser needs for its first page exceed the budget
 * (BRIEF.md: 200 KB gzipped). First page = the entry chunk and everything it imports statically,
 * plus the heaviest lazily loaded chunk (a route or a locale) with its own static imports, because
 * whichever page a person lands on is loaded before she sees anything.
 */
export function bundleBudget(options: { maxGzipBytes: number }): Plugin {
  return {
    name: 'etrade-campus-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, Chunk | Asset>;
      const gz = new Map<string, number>();
      const gzipSize = (fileName: string): number => {
        const cached = gz.get(fileName);
        if (cached !== undefined) return cached;
        const file = files[fileName];
        if (!file) return 0;
        const content = file.type === 'chunk' ? file.code : file.source;
        const size = gzipSync(typeof content === 'string' ? Buffer.from(content) : content).length;
        gz.set(fileName, size);
        return size;
      };
      const closure = (start: string, into: Set<string>): Set<string> => {
        const file = files[start];
        if (!file || into.has(start)) return into;
        into.add(start);
        if (file.type === 'chunk') {
          file.viteMetadata?.importedCss.forEach((css) => into.add(css));
          file.imports.forEach((name) => closure(name, into));
        }
        return into;
      };
      const chunks = Object.values(files).filter((f): f is Chunk => f.type === 'chunk');
      const entry = new Set<string>();
      chunks.filter((c) => c.isEntry).forEach((c) => closure(c.fileName, entry));
      const sum = (names: Iterable<string>) => [...names].reduce((total, n) => total + gzipSize(n), 0);
      const entryBytes = sum(entry);

      let worst = { name: '(none)', bytes: 0 };
      for (const lazy of chunks.filter((c) => c.isDynamicEntry)) {
        const extra = [...closure(lazy.fileName, new Set())].filter((n) => !entry.has(n));
        const bytes = sum(extra);
        if (bytes > worst.bytes) worst = { name: lazy.fileName, bytes };
      }
      const total = entryBytes + worst.bytes;
      const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
      const report =
        `first load (gzip): entry ${kb(entryBytes)} + heaviest lazy chunk ${worst.name} ${kb(worst.bytes)}` +
        ` = ${kb(total)} of ${kb(options.maxGzipBytes)} budget`;
      if (total > options.maxGzipBytes) this.error(`Bundle budget exceeded: ${report}`);
      this.info(report);
    },
  };
}
