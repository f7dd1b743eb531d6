import * as v from 'valibot';
import { type Gazetteer, gazetteerSchema } from '../ingest/gazetteer-schema';
import { formatIssue, issuesFromValibot } from '../model/data-issue';
import { decodeText } from '../model/decode-text';
import { parseJsonText } from '../model/parse-json-text';

const urls = import.meta.glob('/geodata/gazetteer.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

let cached: Promise<Gazetteer> | undefined;

/**
 * The shipped gazetteer (geodata/gazetteer.json) the extractor reads place names with, fetched
 * once when a text is first imported. Throws with the file and the reason when it is missing or
 * does not validate.
 */
export function readGazetteer(fetchText: typeof fetch = fetch): Promise<Gazetteer> {
  cached ??= load(fetchText).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(fetchText: typeof fetch): Promise<Gazetteer> {
  const file = 'geodata/gazetteer.json';
  const url = urls[`/${file}`];
  if (!url) throw new Error(`${file} is not in the build`);
  const response = await fetchText(url);
  if (!response.ok) throw new Error(`${file} could not be read (HTTP ${response.status})`);
  const decoded = decodeText(new Uint8Array(await response.arrayBuffer()), file);
  if (!decoded.ok) throw new Error(formatIssue(decoded.issue));
  const parsed = parseJsonText(file, decoded.text);
  if (!parsed.ok) throw new Error(formatIssue(parsed.issue));
  const gazetteer = v.safeParse(gazetteerSchema, parsed.json);
  if (!gazetteer.success)
    throw new Error(
      issuesFromValibot(file, undefined, gazetteer.issues).map(formatIssue).join('\n'),
    );
  return gazetteer.output;
}
