import { formatDateReading } from '../model/format-date-reading';
import type { IncidentEntry } from '../model/incident-entry';
import type { Source } from '../model/source';

/**
 * The popup for an incident: its title, date and first quote with its source named: the
 * outlet and day when the source text is loaded, else the source id and the quote's offsets in
 * it, as stored (a row read by bounding box), followed by `citeSuffix` (where the incident was
 * read from). Built from text nodes only, so nothing from a source or an import is ever parsed
 * as HTML.
 */
export function popupContent(
  incident: IncidentEntry,
  source: Source | undefined,
  stack: { readonly index: number; readonly size: number } = { index: 0, size: 1 },
  citeSuffix?: string,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const title = root.appendChild(document.createElement('strong'));
  title.textContent = incident.properties.title;
  const date = root.appendChild(document.createElement('div'));
  date.className = 'popup-date';
  date.textContent = formatDateReading(incident.properties.date);
  const first = incident.properties.quotes[0]!;
  const quote = root.appendChild(document.createElement('blockquote'));
  quote.textContent = first.text;
  const cite = root.appendChild(document.createElement('cite'));
  const named = source
    ? `${source.meta.outlet}, ${source.meta.published}`
    : `${first.source}, characters ${first.start}–${first.end}`;
  cite.textContent = citeSuffix ? `${named} · ${citeSuffix}` : named;
  if (stack.size > 1) {
    const more = root.appendChild(document.createElement('div'));
    more.className = 'popup-stack';
    more.textContent = `${stack.index + 1} of ${stack.size} incidents at this place: click the symbol again for the next`;
  }
  return root;
}
