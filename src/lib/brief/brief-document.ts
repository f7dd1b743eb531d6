import { isoDay } from '../model/day-number';
import { type BriefInput, briefModel } from './brief-model';
import { renderBrief } from './render-brief';

// The map's picture becomes a data: URL in the same chunk, off the first load.
export { blobDataUrl } from './blob-data-url';

/** A brief ready to save: its file name and its HTML. */
export interface BriefDocument {
  readonly name: string;
  readonly html: string;
  /** How many incidents it holds. */
  readonly incidents: number;
}

/**
 * The brief as a file: `briefModel` then `renderBrief`, named after what it covers. This module
 * is the brief's chunk, loaded the first time a brief is exported (never on the first load).
 *
 * @example
 * briefDocument(input).name // → 'straitwatch-brief-2023-04-10.html'
 */
export function briefDocument(input: BriefInput): BriefDocument {
  const brief = briefModel(input);
  const what =
    input.scope === 'selected' && input.incidents[0]
      ? input.incidents[0].id
      : input.window
        ? input.window.to - input.window.from <= 1
          ? isoDay(input.window.from)
          : `${isoDay(input.window.from)}-to-${isoDay(input.window.to - 1)}`
        : 'all-time';
  return {
    name: `straitwatch-brief-${what}.html`,
    html: renderBrief(brief),
    incidents: brief.incidents.length,
  };
}
