/**
 * Inputs for the extractor's tests: the repository's gazetteer and layers, source metadata for
 * a text, and the dispatch fixtures in tests/fixtures/dispatches/.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { type Gazetteer, gazetteerSchema } from '../../src/lib/ingest/gazetteer-schema';
import type { ExpectedOfficialFacts } from '../../src/lib/ingest/official-text-quality';
import { deepFreeze } from '../../src/lib/model/parse-feature-collection';
import type { SourceMeta } from '../../src/lib/model/schema';
import { GEODATA_DIR, repoModel } from './geodata';

export const DISPATCH_DIR = fileURLToPath(new URL('../fixtures/dispatches/', import.meta.url));

let gazetteer: Gazetteer | undefined;

/** geodata/gazetteer.json, parsed and frozen. */
export function repoGazetteer(): Gazetteer {
  gazetteer ??= deepFreeze(
    v.parse(gazetteerSchema, JSON.parse(readFileSync(`${GEODATA_DIR}/gazetteer.json`, 'utf8'))),
  );
  return gazetteer;
}

const copies: string[] = [];

/** A temporary copy of geodata/ without the basemap and the drafts, for `npm run ingest`. */
export function copyGeodata(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'straitwatch-ingest-')), 'geodata');
  copies.push(root);
  cpSync(GEODATA_DIR, root, {
    recursive: true,
    filter: (path) => !path.includes('/basemap') && !path.includes('/drafts'),
  });
  return root;
}

/** Remove the copies `copyGeodata` made (in `afterEach`). */
export function removeGeodataCopies(): void {
  for (const dir of copies.splice(0)) rmSync(join(dir, '..'), { recursive: true, force: true });
}

/** The repository's layers, as the extractor takes them. */
export function repoLayers() {
  return repoModel().layers;
}

/** Valid source metadata for a text, frozen. */
export function createSourceMetaFor(text: string, overrides: Partial<SourceMeta> = {}): SourceMeta {
  return deepFreeze({
    id: 'test-dispatch',
    outlet: 'Test Wire',
    title: 'A test dispatch',
    published: '2023-04-17',
    language: 'en',
    sha256: createHash('sha256').update(text).digest('hex'),
    ...overrides,
  });
}

export interface DispatchFixture {
  readonly name: string;
  readonly text: string;
  readonly meta: SourceMeta;
  readonly expectedPath: string;
  /** The measures a reader finds in it, as `measureKey` strings (its input.json's `measures`). */
  readonly measures: readonly string[];
}

/** Every dispatch in tests/fixtures/dispatches/: `<name>.txt` with `<name>.input.json`. */
export function dispatchFixtures(): DispatchFixture[] {
  return readdirSync(DISPATCH_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const text = readFileSync(`${DISPATCH_DIR}${f}`, 'utf8');
      const input = JSON.parse(readFileSync(`${DISPATCH_DIR}${name}.input.json`, 'utf8')) as {
        published: string;
        outlet: string;
        title: string;
        measures?: string[];
      };
      return {
        name,
        text,
        meta: createSourceMetaFor(text, {
          id: name,
          published: input.published,
          outlet: input.outlet,
          title: input.title,
        }),
        expectedPath: `${DISPATCH_DIR}${name}.expected.json`,
        measures: input.measures ?? [],
      };
    });
}

export interface OfficialFixture {
  readonly name: string;
  readonly text: string;
  readonly meta: SourceMeta;
  readonly expected: ExpectedOfficialFacts;
}

/**
 * The official texts in tests/fixtures/<dir>/ (`official`, the set the rules were written on;
 * `official-heldout`, measured once at the end): `<id>.txt`, its metadata `<id>.json` and what an
 * analyst reads in it, `<id>.expected.json`.
 */
export function officialFixtures(
  dir: 'official' | 'official-heldout' | 'official-heldout-2',
): OfficialFixture[] {
  const at = fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url));
  return readdirSync(at)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const text = readFileSync(`${at}${f}`, 'utf8');
      const meta = JSON.parse(readFileSync(`${at}${name}.json`, 'utf8')) as {
        publisher: string;
        title: string;
        published: string;
        url: string;
      };
      return {
        name,
        text,
        meta: createSourceMetaFor(text, {
          id: name,
          published: meta.published,
          outlet: meta.publisher,
          title: meta.title,
          url: meta.url,
        }),
        expected: JSON.parse(
          readFileSync(`${at}${name}.expected.json`, 'utf8'),
        ) as ExpectedOfficialFacts,
      };
    });
}
