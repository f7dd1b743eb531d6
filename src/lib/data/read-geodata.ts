import type { RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { isToggleId, type LayerId, LAYERS } from '../model/layer-registry';
import { parseJsonText, sizeIssue, MAX_FILE_BYTES } from '../model/parse-json-text';
import { sha256Hex } from '../model/sha256-hex';
import {
  draftFileUrls,
  incidentFileUrls,
  layerFileUrls,
  sourceMetaUrls,
  sourceTextUrls,
} from './geodata-urls';

type Fetched = { ok: true; text: string } | { ok: false; issue: DataIssue };

/**
 * Fetch every geodata file the build ships, in parallel, as text; nothing is trusted yet. A file
 * that cannot be fetched, is too large or is not JSON becomes a read issue and the rest go on.
 * The only code that does I/O for the dashboard's data.
 */
export async function readGeodata(fetchText: typeof fetch = fetch): Promise<RawFiles> {
  const readIssues: DataIssue[] = [];
  const get = async (path: string, url: string): Promise<Fetched> => {
    const file = path.replace(/^\//, '');
    try {
      const response = await fetchText(url);
      if (!response.ok)
        return {
          ok: false,
          issue: { file, reason: `could not be read (HTTP ${response.status})` },
        };
      const declared = Number(response.headers.get('content-length') ?? 0);
      const early = sizeIssue(file, declared, MAX_FILE_BYTES);
      if (early) return { ok: false, issue: early };
      return { ok: true, text: await response.text() };
    } catch (error) {
      return {
        ok: false,
        issue: { file, reason: `could not be read (${(error as Error).message})` },
      };
    }
  };
  const getJson = async (path: string, url: string) => {
    const fetched = await get(path, url);
    if (!fetched.ok) {
      readIssues.push(fetched.issue);
      return undefined;
    }
    const parsed = parseJsonText(path.replace(/^\//, ''), fetched.text);
    if (!parsed.ok) {
      readIssues.push(parsed.issue);
      return undefined;
    }
    return parsed.json;
  };

  const layerJobs = Object.entries(layerFileUrls).map(async ([path, url]) => {
    const layerId = path.replace(/^\/geodata\//, '').replace(/\.geojson$/, '');
    if (!isToggleId(layerId) || !LAYERS.some((l) => l.id === layerId)) {
      readIssues.push({
        file: path.slice(1),
        reason: 'is not in the layer registry (src/lib/model/layer-registry.ts)',
      });
      return undefined;
    }
    const json = await getJson(path, url);
    return json === undefined
      ? undefined
      : { file: path.slice(1), layerId: layerId as LayerId, json };
  });

  const sourceJobs = Object.entries(sourceMetaUrls).map(async ([path, url]) => {
    const textPath = path.replace(/\.json$/, '.txt');
    const textUrl = sourceTextUrls[textPath];
    if (!textUrl) {
      readIssues.push({ file: path.slice(1), reason: `has no source text ${textPath.slice(1)}` });
      return undefined;
    }
    const [meta, text] = await Promise.all([getJson(path, url), get(textPath, textUrl)]);
    if (!text.ok) {
      readIssues.push(text.issue);
      return undefined;
    }
    return meta === undefined
      ? undefined
      : { file: path.slice(1), meta, text: text.text, sha256: await sha256Hex(text.text) };
  });

  const incidentJobs = [
    ...Object.entries(incidentFileUrls).map(([path, url]) => [path, url, false] as const),
    ...Object.entries(draftFileUrls).map(([path, url]) => [path, url, true] as const),
  ].map(async ([path, url, draft]) => {
    const json = await getJson(path, url);
    return json === undefined ? undefined : { file: path.slice(1), json, draft };
  });

  const [layers, sources, incidents] = await Promise.all([
    Promise.all(layerJobs),
    Promise.all(sourceJobs),
    Promise.all(incidentJobs),
  ]);
  return {
    layers: layers.filter((x) => x !== undefined),
    sources: sources.filter((x) => x !== undefined),
    incidents: incidents.filter((x) => x !== undefined),
    readIssues,
  };
}
