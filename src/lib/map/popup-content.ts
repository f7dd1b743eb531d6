import { formatDateReading } from '../model/format-date-reading';
import type { Incident } from '../model/schema';
import type { Source } from '../model/source';
import type { RemoteIncident } from '../model/remote-incident';

/**
 * The popup for an incident: its title, date and first quote with the source named. Built from
 * text nodes only, so nothing from a source or an import is ever parsed as HTML.
 */
export function popupContent(
  incident: Incident,
  source: Source | undefined,
  stack: { readonly index: number; readonly size: number } = { index: 0, size: 1 },
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const title = root.appendChild(document.createElement('strong'));
  title.textContent = incident.properties.title;
  const date = root.appendChild(document.createElement('div'));
  date.className = 'popup-date';
  date.textContent = formatDateReading(incident.properties.date);
  const quote = root.appendChild(document.createElement('blockquote'));
  quote.textContent = incident.properties.quotes[0]!.text;
  const cite = root.appendChild(document.createElement('cite'));
  cite.textContent = source
    ? `${source.meta.outlet}, ${source.meta.published}`
    : incident.properties.quotes[0]!.source;
  if (stack.size > 1) {
    const more = root.appendChild(document.createElement('div'));
    more.className = 'popup-stack';
    more.textContent = `${stack.index + 1} of ${stack.size} incidents at this place: click the symbol again for the next`;
  }
  return root;
}

/**
 * The popup for an incident read by bounding box: title, date, place and its quote with the
 * source id and the quote's offsets in that source (the dataset's text is not loaded). Text
 * nodes only.
 */
export function remotePopupContent(incident: RemoteIncident, file: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const title = root.appendChild(document.createElement('strong'));
  title.textContent = incident.title;
  const date = root.appendChild(document.createElement('div'));
  date.className = 'popup-date';
  date.textContent = `${formatDateReading(incident.date)} · ${incident.place}`;
  const quote = root.appendChild(document.createElement('blockquote'));
  quote.textContent = incident.quote.text;
  const cite = root.appendChild(document.createElement('cite'));
  cite.textContent = `${incident.quote.source}, characters ${incident.quote.start}–${incident.quote.end} · read by bounding box from ${file}`;
  return root;
}
