import type { Incident } from '../model/schema';
import type { IncidentCategory } from '../model/vocabulary';
import type { Hotspot } from './hotspots';
import { syntheticDateReading } from './synthetic-date-reading';
import { syntheticReport } from './synthetic-report';

export interface SyntheticIncidentInput {
  readonly id: string;
  readonly category: IncidentCategory;
  readonly hotspot: Hotspot;
  readonly lon: number;
  readonly lat: number;
  /** The event's day, in days since 1970-01-01 (UTC). */
  readonly day: number;
  /** The dispatch's publication day, 0–6 days after `day`. */
  readonly published: number;
  /** The dispatch's source id. */
  readonly source: string;
  /** Where the sentence will start in the dispatch text (UTF-16 code units). */
  readonly start: number;
}

/**
 * A synthetic incident in the real schema and the sentence that proves it: the caller puts
 * `sentence` into the dispatch text at `input.start`, and then the incident's one quote, its
 * date (read by a rule from the publication day) and its counts all hold against that text,
 * as `buildModel` checks them. `random` gives uniform numbers in [0, 1).
 *
 * @example
 * const { sentence, incident } = syntheticIncident({ id: 'syn-s1-000001', … }, seededRandom(1, 1));
 * dispatchText.slice(start, start + sentence.length) === incident.properties.quotes[0].text
 */
export function syntheticIncident(
  input: SyntheticIncidentInput,
  random: () => number,
): { readonly sentence: string; readonly incident: Incident } {
  const { basis, reading } = syntheticDateReading(input.day, input.published, random());
  const report = syntheticReport(input.category, input.hotspot, basis, random);
  const incident: Incident = {
    type: 'Feature',
    id: input.id,
    geometry: { type: 'Point', coordinates: [input.lon, input.lat] },
    properties: {
      id: input.id,
      title: report.title,
      category: input.category,
      date: reading,
      actors: [...report.actors],
      place: {
        name: input.hotspot.name,
        precision: 'approximate',
        note: `Synthetic point, scattered at random around “${input.hotspot.name}”; not a reported position.`,
      },
      ...(report.counts.length > 0 ? { counts: [...report.counts] } : {}),
      quotes: [
        {
          source: input.source,
          start: input.start,
          end: input.start + report.sentence.length,
          text: report.sentence,
        },
      ],
    },
  };
  return { sentence: report.sentence, incident };
}
