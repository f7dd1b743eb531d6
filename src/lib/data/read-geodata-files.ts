/**
 * Node-side reader of geodata/ for the tests and command-line tools: the same `RawFiles` the
 * browser's `readGeodata` builds, read from disk, so both go through one `buildModel`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { decodeText } from '../model/decode-text';
import { LAYERS, type LayerId } from '../model/layer-registry';
import { MAX_FILE_BYTES, parseJsonText, sizeIssue } from '../model/parse-json-text';

/**
 * Read geodata/ as the app does, drafts (geodata/incidents/drafts/) marked `draft`; each file
 * is decoded strictly (`decodeText`): one that is not valid UTF-8 is a read issue.
 */
export function readGeodataFiles(root: string): RawFiles {
  const readIssues: DataIssue[] = [];
  const name = (path: string) => relative(join(root, '..'), path);
  const list = (dir: string, ext: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const readText = (path: string): string | undefined => {
    const tooLarge = sizeIssue(name(path), statSync(path).size, MAX_FILE_BYTES);
    if (tooLarge) {
      readIssues.push(tooLarge);
      return undefined;
    }
    const decoded = decodeText(readFileSync(path), name(path));
    if (decoded.ok) return decoded.text;
    readIssues.push(decoded.issue);
    return undefined;
  };
  const readJson = (path: string): unknown => {
    const text = readText(path);
    if (text === undefined) return undefined;
    const parsed = parseJsonText(name(path), text);
    if (parsed.ok) return parsed.json;
    readIssues.push(parsed.issue);
    return undefined;
  };

  const layers = list(root, '.geojson').flatMap((path) => {
    const layerId = path.slice(root.length + 1, -'.geojson'.length);
    if (!LAYERS.some((l) => l.id === layerId)) {
      readIssues.push({
        file: name(path),
        reason: 'is not in the layer registry (src/lib/model/layer-registry.ts)',
      });
      return [];
    }
    const json = readJson(path);
    return json === undefined ? [] : [{ file: name(path), layerId: layerId as LayerId, json }];
  });

  const sources = list(join(root, 'sources'), '.json').flatMap((path) => {
    const textPath = path.replace(/\.json$/, '.txt');
    if (!existsSync(textPath)) {
      readIssues.push({ file: name(path), reason: `has no source text ${name(textPath)}` });
      return [];
    }
    const meta = readJson(path);
    const text = readText(textPath);
    if (meta === undefined || text === undefined) return [];
    return [
      {
        file: name(path),
        meta,
        text,
        sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      },
    ];
  });

  const incidents = [
    ...list(join(root, 'incidents'), '.geojson').map((path) => [path, false] as const),
    ...list(join(root, 'incidents', 'drafts'), '.geojson').map((path) => [path, true] as const),
  ].flatMap(([path, draft]) => {
    const json = readJson(path);
    return json === undefined ? [] : [{ file: name(path), json, draft }];
  });

  return { layers, sources, incidents, readIssues };
}
