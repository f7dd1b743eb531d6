import { type ParsedJson, parseJsonText } from '../model/parse-json-text';
import { partsByWeight } from '../model/parts-by-weight';

/** A parsed JSON text whose `features`, if it has an array of them, came in parts. */
export type ParsedJsonHead = ParsedJson & { readonly featuresInParts?: true };

/**
 * Parse a JSON text (`parseJsonText`: the size limit, the parser's message on bad syntax) and,
 * when it holds an array of `features`, hand them to `onPart` in parts of about
 * VALUES_PER_PART values, awaiting each, and answer with the rest of the object (its
 * `features` empty, `featuresInParts` set). Run in the JSON worker, where each part is one
 * message, so the page receives a 25 MB layer in short tasks instead of one long one.
 *
 * @example
 * const features = [];
 * const head = await parseJsonInParts('zones.geojson', text, (part) => features.push(...part));
 */
export async function parseJsonInParts(
  file: string,
  text: string,
  onPart: (features: unknown[]) => void | Promise<void>,
): Promise<ParsedJsonHead> {
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) return parsed;
  const json = parsed.json;
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return parsed;
  for (const part of partsByWeight(features)) await onPart(part);
  return { ok: true, json: { ...(json as object), features: [] }, featuresInParts: true };
}
