/**
 * The extractor must run in the browser too (for imports from the dashboard): no module in
 * src/lib/ingest/ may import Node built-ins or read files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../src/lib/ingest/', import.meta.url));

describe('src/lib/ingest/', () => {
  const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it.each(modules)('%s imports no Node built-in and does no I/O', (file) => {
    const source = readFileSync(`${DIR}${file}`, 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const name of imports)
      expect(name, file).toMatch(
        /^(?:\.{1,2}\/|valibot$|@turf\/[a-z-]+$|chrono-node\/en$|compromise$)/,
      );
    expect(source).not.toMatch(/\b(?:readFileSync|writeFileSync|fetch\(|process\.)/);
  });

  it('names each module after what it exports', () => {
    for (const file of modules) {
      const name = file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const source = readFileSync(`${DIR}${file}`, 'utf8');
      expect(source, file).toMatch(
        new RegExp(`export (?:function|interface|const|type) ${name}\\b`, 'i'),
      );
    }
  });
});
