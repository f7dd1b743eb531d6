import type { Incident } from './schema';

/** A run of source text and the incidents that quote all of it (none for unquoted text). */
export interface SourceSegment {
  readonly start: number;
  readonly end: number;
  readonly incidentIds: readonly string[];
}

export interface SourceCoverage {
  readonly segments: readonly SourceSegment[];
  /** Characters inside at least one quote. */
  readonly quotedChars: number;
  /** `quotedChars` over the text's length, 0–1. */
  readonly share: number;
}

/**
 * Cut a source text into runs by the quotes that cover them, so the full text can be shown
 * with every quoted span highlighted and linked to its incidents. Overlapping quotes split
 * into runs covered by each combination; the runs tile the whole text in order.
 *
 * @example
 * sourceSegments('abcdef', 'src', [incident quoting 'bcd' of src]).segments
 * // → [{ start: 0, end: 1, incidentIds: [] }, { start: 1, end: 4, incidentIds: ['x'] }, { start: 4, end: 6, incidentIds: [] }]
 */
export function sourceSegments(
  text: string,
  sourceId: string,
  incidents: readonly Incident[],
): SourceCoverage {
  const spans: { start: number; end: number; id: string }[] = [];
  for (const incident of incidents) {
    for (const q of incident.properties.quotes) {
      if (q.source === sourceId) spans.push({ start: q.start, end: q.end, id: incident.id });
    }
  }
  // Sweep the text once: at each cut, quotes starting there open and quotes ending there close.
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  for (const s of spans) {
    (opens.get(s.start) ?? opens.set(s.start, []).get(s.start)!).push(s.id);
    (closes.get(s.end) ?? closes.set(s.end, []).get(s.end)!).push(s.id);
  }
  const points = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const active = new Map<string, number>();
  const segments: SourceSegment[] = [];
  let quotedChars = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    for (const id of closes.get(start) ?? []) {
      const n = (active.get(id) ?? 0) - 1;
      if (n > 0) active.set(id, n);
      else active.delete(id);
    }
    for (const id of opens.get(start) ?? []) active.set(id, (active.get(id) ?? 0) + 1);
    const ids = [...active.keys()];
    if (ids.length > 0) quotedChars += end - start;
    const last = segments[segments.length - 1];
    // Merge neighbouring runs with the same incidents, so plain text stays one run.
    if (last && last.end === start && sameIds(last.incidentIds, ids)) {
      segments[segments.length - 1] = { start: last.start, end, incidentIds: last.incidentIds };
    } else {
      segments.push({ start, end, incidentIds: ids });
    }
  }
  return { segments, quotedChars, share: text.length === 0 ? 0 : quotedChars / text.length };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
