/**
 * Expected-output fixtures in turf's style: each `tests/fixtures/<name>/in/<case>.json` is an
 * input, and `tests/fixtures/<name>/out/<case>.json` what the computation gives for it, floats
 * rounded to 6 decimals. `UPDATE_FIXTURES=1 npx vitest run …` writes the outputs anew
 * (formatted as Prettier would); review their diff like code. A missing output fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import { format } from 'prettier/standalone';
import { expect } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Whether this run writes expected outputs instead of checking them. */
export const UPDATE_FIXTURES = process.env.UPDATE_FIXTURES === '1';

/** Write JSON as Prettier formats it, so a rewritten fixture diffs cleanly. */
export async function writeJsonFixture(path: string, value: unknown): Promise<void> {
  writeFileSync(
    path,
    await format(JSON.stringify(value), { parser: 'json', plugins: [babel, estree] }),
  );
}

/** Numbers rounded to `digits` decimals, all through a value (so outputs do not drift in the last bit). */
export function roundFloats(value: unknown, digits = 6): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value : Number(value.toFixed(digits));
  if (Array.isArray(value)) return value.map((v) => roundFloats(v, digits));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundFloats(v, digits)]));
  return value;
}

/** The cases of `tests/fixtures/<name>/in/`, sorted, each with its parsed input. */
export function fixtureCases(name: string): { readonly name: string; readonly input: unknown }[] {
  const dir = `${FIXTURES}${name}/in/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, input: JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as unknown }));
}

/** Compare an output with `tests/fixtures/<name>/out/<file>` (or write it, with UPDATE_FIXTURES=1). */
export async function expectOutput(name: string, file: string, actual: unknown): Promise<void> {
  const dir = `${FIXTURES}${name}/out/`;
  const rounded = roundFloats(actual);
  if (UPDATE_FIXTURES) {
    mkdirSync(dir, { recursive: true });
    await writeJsonFixture(`${dir}${file}`, rounded);
  }
  expect(existsSync(`${dir}${file}`), `${name}/out/${file} exists`).toBe(true);
  expect(rounded).toEqual(JSON.parse(readFileSync(`${dir}${file}`, 'utf8')));
}
