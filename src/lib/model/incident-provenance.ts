import { FLAG_BOX_READ, FLAG_DRAFT } from './incident-columns';

/** Where an incident on screen came from, in the words the list, the popup and the evidence panel use. */
export interface IncidentProvenance {
  readonly origin: 'reviewed' | 'draft' | 'box-read';
  /** The list's badge beside the date, and its tooltip; none for a reviewed incident. */
  readonly badge?: { readonly label: string; readonly title: string };
  /** The evidence panel's note above the incident; none for a reviewed incident. */
  readonly note?: string;
  /** Said after the quote's source in the popup; none when the source says it all. */
  readonly citeSuffix?: string;
}

const REVIEWED: IncidentProvenance = { origin: 'reviewed' };

const DRAFT: IncidentProvenance = {
  origin: 'draft',
  badge: {
    label: 'draft',
    title: 'An unreviewed draft from the extractor (geodata/incidents/drafts/)',
  },
  note: "Draft: read from the text by the rule-based extractor and not yet reviewed. Its quotes are verified; its title, category and place are the extractor's guesses.",
};

/**
 * Where an incident came from, from its row's flags (see `IncidentColumns.flags`): reviewed,
 * an unreviewed draft, or read for this view by bounding box from `boxReadFile`.
 *
 * @example
 * incidentProvenance(0, undefined).origin // → 'reviewed'
 * incidentProvenance(FLAG_BOX_READ, 'datasets/big/incidents.fgb').badge
 * // → { label: 'dataset', title: 'Read for this view by bounding box from datasets/big/incidents.fgb' }
 */
export function incidentProvenance(
  flags: number,
  boxReadFile: string | undefined,
): IncidentProvenance {
  if (flags & FLAG_BOX_READ) {
    const file = boxReadFile ?? 'a dataset’s file';
    return {
      origin: 'box-read',
      badge: { label: 'dataset', title: `Read for this view by bounding box from ${file}` },
      note: `Read for this view by bounding box from ${file}: the quote is shown as the file stores it, with its source and character offsets; the source text itself is not loaded in this mode.`,
      citeSuffix: `read by bounding box from ${file}`,
    };
  }
  return flags & FLAG_DRAFT ? DRAFT : REVIEWED;
}
