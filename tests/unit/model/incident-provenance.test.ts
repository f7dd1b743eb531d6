import { describe, expect, it } from 'vitest';
import {
  FLAG_APPROXIMATE_PLACE,
  FLAG_BOX_READ,
  FLAG_DRAFT,
} from '../../../src/lib/model/incident-columns';
import { incidentProvenance } from '../../../src/lib/model/incident-provenance';

describe('incidentProvenance', () => {
  it('says nothing extra of a reviewed incident, whatever its place', () => {
    expect(incidentProvenance(0, undefined)).toEqual({ origin: 'reviewed' });
    expect(incidentProvenance(FLAG_APPROXIMATE_PLACE, 'x.fgb')).toEqual({ origin: 'reviewed' });
  });

  it('marks a draft in the list and in the evidence panel', () => {
    const draft = incidentProvenance(FLAG_DRAFT | FLAG_APPROXIMATE_PLACE, undefined);
    expect(draft.origin).toBe('draft');
    expect(draft.badge).toEqual({
      label: 'draft',
      title: 'An unreviewed draft from the extractor (geodata/incidents/drafts/)',
    });
    expect(draft.note).toMatch(/^Draft: read from the text by the rule-based extractor/);
    expect(draft.citeSuffix).toBeUndefined();
  });

  it('names the file a row was read from by bounding box, everywhere it is shown', () => {
    const read = incidentProvenance(FLAG_BOX_READ, 'datasets/big/incidents.fgb');
    expect(read.origin).toBe('box-read');
    expect(read.badge).toEqual({
      label: 'dataset',
      title: 'Read for this view by bounding box from datasets/big/incidents.fgb',
    });
    expect(read.note).toContain('by bounding box from datasets/big/incidents.fgb: the quote is');
    expect(read.citeSuffix).toBe('read by bounding box from datasets/big/incidents.fgb');
  });
});
