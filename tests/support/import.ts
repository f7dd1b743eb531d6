/**
 * Inputs for the import tests: the shipped-like raw files of tests/support/create.ts plus a
 * second source, so that incidents can be corroborated and contested; and the fixture files in
 * tests/fixtures/import/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildModel, type RawFiles } from '../../src/lib/model/build-model';
import type { ImportedFile } from '../../src/lib/import/imported-file';
import { deepFreeze } from '../../src/lib/model/parse-feature-collection';
import { createRawFiles, PUBLISHED } from './create';
import { UPDATE_FIXTURES, writeJsonFixture } from './expected-output';

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export const SECOND_ID = 'second-source';
export const SECOND_TEXT =
  'Jets near Taiwan\n\nThe defence ministry said on Sunday it had tracked 20 aircraft near the island.\n';

/** `createRawFiles()` plus a second source, all frozen. */
export function createImportBase(): RawFiles {
  const files = createRawFiles();
  return deepFreeze({
    ...files,
    sources: [
      ...files.sources,
      {
        file: `geodata/sources/${SECOND_ID}.json`,
        meta: {
          id: SECOND_ID,
          outlet: 'Second Wire',
          title: 'Jets near Taiwan',
          published: PUBLISHED,
          language: 'en',
          sha256: createHash('sha256').update(SECOND_TEXT).digest('hex'),
        },
        text: SECOND_TEXT,
        sha256: createHash('sha256').update(SECOND_TEXT).digest('hex'),
      },
    ],
  });
}

/** The validated sources of `createImportBase()`. */
export function importSources() {
  return buildModel(createImportBase()).sources;
}

/** A fixture file's text. */
export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/**
 * Compare a computed value with its expected-output fixture (JSON beside the input).
 * `UPDATE_FIXTURES=1` rewrites the fixture first, formatted as Prettier would: review the diff.
 * A missing fixture fails.
 */
export async function expectFixture(path: string, actual: unknown): Promise<void> {
  if (UPDATE_FIXTURES) await writeJsonFixture(`${FIXTURES}${path}`, actual);
  expect(actual).toEqual(JSON.parse(fixture(path)));
}

/** Fixture names in a folder with an extension, sorted. */
export function fixtures(folder: 'valid' | 'invalid', ext: string): string[] {
  return readdirSync(`${FIXTURES}${folder}`)
    .filter((f) => f.endsWith(ext))
    .sort();
}

let n = 0;
/** An import record for a file's text. */
export function createImport(kind: 'csv' | 'geojson', file: string, text: string): ImportedFile {
  n += 1;
  return deepFreeze({ kind, id: `import-${n}`, file, text, importedAt: '2024-01-01T00:00:00Z' });
}
