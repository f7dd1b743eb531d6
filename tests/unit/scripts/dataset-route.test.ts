/**
 * The dataset route of `npm start -- --dataset …`: one dataset directory, read-only, at
 * /datasets/<name>/ on 127.0.0.1, with range requests, and nothing outside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetRoute } from '../../../scripts/dataset/dataset-route';
import { serveDist } from '../../../scripts/browser/serve-dist';

const ROOT = mkdtempSync(join(tmpdir(), 'straitwatch-route-'));
const DATASETS = join(ROOT, 'datasets');
const MANIFEST = '{"name":"tiny"}\n';
let server: Server;
let base: string;

beforeAll(async () => {
  mkdirSync(join(DATASETS, 'tiny', 'sources'), { recursive: true });
  writeFileSync(join(DATASETS, 'tiny', 'manifest.json'), MANIFEST);
  writeFileSync(join(DATASETS, 'tiny', 'sources', 'a.txt'), 'abcdefghij');
  writeFileSync(join(DATASETS, 'tiny', '.hidden'), 'secret');
  writeFileSync(join(ROOT, 'outside.txt'), 'outside');
  mkdirSync(join(ROOT, 'dist'));
  writeFileSync(join(ROOT, 'dist', 'index.html'), '<p>app</p>');
  const served = await serveDist(
    join(ROOT, 'dist'),
    0,
    datasetRoute(join(DATASETS, 'tiny'), DATASETS),
  );
  server = served.server;
  base = served.url;
});
/** A GET with the path sent as written (fetch would resolve `..` before sending). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}x`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

afterAll(() => {
  server.close();
  rmSync(ROOT, { recursive: true, force: true });
});

describe('datasetRoute', () => {
  it('serves the dataset at /datasets/<name>/ beside the app', async () => {
    const manifest = await fetch(`${base}datasets/tiny/manifest.json`);
    expect(manifest.status).toBe(200);
    expect(await manifest.text()).toBe(MANIFEST);
    expect(await (await fetch(base)).text()).toBe('<p>app</p>');
  });

  it('answers range requests', async () => {
    const part = await fetch(`${base}datasets/tiny/sources/a.txt`, {
      headers: { range: 'bytes=2-4' },
    });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('cde');
  });

  it.each([
    '/datasets/tiny/../../outside.txt',
    '/datasets/tiny/%2e%2e/%2e%2e/outside.txt',
    '/datasets/tiny/..%2f..%2foutside.txt',
    '/datasets/tiny/.hidden',
    '/datasets/tiny/missing.json',
    '/datasets/other/manifest.json',
  ])('serves nothing for %s', async (path) => {
    const response = await rawGet(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/outside|secret/);
  });

  it('is read-only', async () => {
    const response = await fetch(`${base}datasets/tiny/manifest.json`, {
      method: 'PUT',
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses a directory outside datasets/, without a manifest, or holding a link', () => {
    expect(() => datasetRoute(join(ROOT, 'dist'), DATASETS)).toThrow('directly inside');
    mkdirSync(join(DATASETS, 'empty'));
    expect(() => datasetRoute(join(DATASETS, 'empty'), DATASETS)).toThrow('has no manifest.json');
    mkdirSync(join(DATASETS, 'linked'));
    writeFileSync(join(DATASETS, 'linked', 'manifest.json'), '{}');
    symlinkSync(join(ROOT, 'outside.txt'), join(DATASETS, 'linked', 'sneaky.txt'));
    expect(() => datasetRoute(join(DATASETS, 'linked'), DATASETS)).toThrow('symbolic link');
    mkdirSync(join(DATASETS, 'Bad_Name'));
    expect(() => datasetRoute(join(DATASETS, 'Bad_Name'), DATASETS)).toThrow('a-z, 0-9 and -');
  });
});
