import type { DataIssue } from './data-issue';

/** The largest data file the dashboard reads (64 MiB of text); larger ones are refused whole. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ParsedJson =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly issue: DataIssue };

/**
 * Parses a file's JSON text as `parseJsonText` does, perhaps off the main thread; `signal` stops
 * it (the promise then rejects with the signal's reason).
 */
export type JsonParser = (file: string, text: string, signal?: AbortSignal) => Promise<ParsedJson>;

/** `parseJsonText` as a `JsonParser`: in-thread, the default where no other is handed in. */
export const parseJsonInThread: JsonParser = async (file, text, signal) => {
  signal?.throwIfAborted();
  return parseJsonText(file, text);
};

/**
 * JSON text to `unknown`, or an issue naming the file and why: too large, or not JSON (with
 * the parser's position).
 *
 * @example
 * parseJsonText('adiz.geojson', '{"type":') // → { ok: false, issue: { file: 'adiz.geojson', reason: 'is not valid JSON: …' } }
 */
export function parseJsonText(file: string, text: string, maxBytes = MAX_FILE_BYTES): ParsedJson {
  const tooLarge = sizeIssue(file, text.length, maxBytes);
  if (tooLarge) return { ok: false, issue: tooLarge };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, issue: { file, reason: `is not valid JSON: ${(error as Error).message}` } };
  }
}

/** An issue when a file of `bytes` is over the limit, else `undefined`. */
export function sizeIssue(
  file: string,
  bytes: number,
  maxBytes = MAX_FILE_BYTES,
): DataIssue | undefined {
  return bytes > maxBytes
    ? { file, reason: `is too large (${byteSize(bytes)}; the limit is ${byteSize(maxBytes)})` }
    : undefined;
}

function byteSize(bytes: number): string {
  return bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1048576).toFixed(1)} MiB`;
}

/**
 * A file's JSON kept as its text until the model comes to check it, with the features it held
 * when it was read and parsed once to be sure it is JSON (`readDataset`). `buildModelSteps`
 * parses it again at its turn, in a slice of its own. A dataset's incident files are handed over
 * this way: kept parsed as they arrive, 100,000 incidents' worth of JSON would be alive at once
 * until checked, and each young-generation collection meanwhile would copy it (pauses of
 * 100–300 ms here); parsed again one at a time as they are checked, each file's objects die young.
 */
export class JsonText {
  constructor(
    readonly text: string,
    /** The features the file held when read (`features.length`). */
    readonly features: number,
  ) {}
}
