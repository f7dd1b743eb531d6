import type { DataIssue } from '../model/data-issue';
import { decodeText } from '../model/decode-text';
import { MAX_FILE_BYTES, parseJsonText, sizeIssue } from '../model/parse-json-text';

export type FetchedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: DataIssue };
export type FetchedJson =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly issue: DataIssue };

/** How a read gives the page back between its costly stages. */
export interface FetchPacing {
  /**
   * Awaited once the body has arrived, before it is decoded, and (for JSON) again before it is
   * parsed, so each stage is a task of its own. Without it, every file whose body arrived in
   * the same task is decoded and parsed in that task: many megabytes at once.
   */
  readonly pace?: () => Promise<void>;
}

/**
 * Fetch one data file as text, or an issue naming `file` and why it could not be read (HTTP
 * status, network error, larger than the reader's limit as declared by Content-Length or as
 * received, not valid UTF-8: `decodeText`, whatever charset the server claims).
 * `pace` is awaited between the body's arrival and its decoding (`FetchPacing`).
 *
 * @example
 * await fetchDataText(fetch, 'geodata/adiz.geojson', url) // → { ok: true, text: '{"type":…' }
 */
export async function fetchDataText(
  fetchText: typeof fetch,
  file: string,
  url: string,
  { pace }: FetchPacing = {},
): Promise<FetchedText> {
  try {
    const response = await fetchText(url);
    if (!response.ok) {
      return { ok: false, issue: { file, reason: `could not be read (HTTP ${response.status})` } };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    const early = sizeIssue(file, declared, MAX_FILE_BYTES);
    if (early) return { ok: false, issue: early };
    const bytes = new Uint8Array(await response.arrayBuffer());
    const tooLarge = sizeIssue(file, bytes.byteLength, MAX_FILE_BYTES);
    if (tooLarge) return { ok: false, issue: tooLarge };
    await pace?.();
    return decodeText(bytes, file);
  } catch (error) {
    return {
      ok: false,
      issue: { file, reason: `could not be read (${(error as Error).message})` },
    };
  }
}

/**
 * Fetch one data file and parse it as JSON (`unknown`: nothing trusted yet), or an issue naming
 * `file`: unreadable, too large or not JSON. `pace` is awaited before decoding and again before
 * parsing (`FetchPacing`).
 *
 * @example
 * await fetchDataJson(fetch, 'datasets/x/manifest.json', '/datasets/x/manifest.json')
 */
export async function fetchDataJson(
  fetchText: typeof fetch,
  file: string,
  url: string,
  pacing: FetchPacing = {},
): Promise<FetchedJson> {
  const fetched = await fetchDataText(fetchText, file, url, pacing);
  if (!fetched.ok) return fetched;
  await pacing.pace?.();
  const parsed = parseJsonText(file, fetched.text);
  return parsed.ok ? { ok: true, json: parsed.json } : { ok: false, issue: parsed.issue };
}
