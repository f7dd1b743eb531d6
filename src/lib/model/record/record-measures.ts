/**
 * The measures the record holds for a day, each read from one column of a tabulation. Four are
 * MND's figures that both tabulations read (`COMPARED_MEASURES`: where their readings differ,
 * the tabulations disagree); `aircraft-entered-adiz` is madeye's own reading of ADIZ entries,
 * kept and labelled as such (see `RECORD_MEASURE_LABELS`).
 */
import { type CountMeasure, MEASURE_LABELS } from '../vocabulary';

export const RECORD_MEASURES = [
  'aircraft-detected',
  'aircraft-median-or-adiz',
  'aircraft-entered-adiz',
  'navy-vessels',
  'official-ships',
] as const;
export type RecordMeasure = (typeof RECORD_MEASURES)[number];

/**
 * Measures both tabulations read from MND's text: a difference between their readings is a
 * disagreement. `aircraft-entered-adiz` is not one of them: eskim19 has no such column, so
 * nothing stands against it, and it is not a reading of MND's combined median-line/ADIZ figure
 * (it differs from madeye's own `crossed_median` on 44 days; counting it would turn those days
 * into disagreements between the tabulations that are not).
 */
export const COMPARED_MEASURES = [
  'aircraft-detected',
  'aircraft-median-or-adiz',
  'navy-vessels',
  'official-ships',
] as const satisfies readonly RecordMeasure[];
export type ComparedMeasure = (typeof COMPARED_MEASURES)[number];

/** The measures for a reader: the count measures' labels, and madeye's own ADIZ reading. */
export const RECORD_MEASURE_LABELS: Readonly<Record<RecordMeasure, string>> = {
  'aircraft-detected': MEASURE_LABELS['aircraft-detected'],
  'aircraft-median-or-adiz': MEASURE_LABELS['aircraft-median-or-adiz'],
  'aircraft-entered-adiz': "aircraft that entered the ADIZ (madeye's own reading)",
  'navy-vessels': MEASURE_LABELS['navy-vessels'],
  'official-ships': MEASURE_LABELS['official-ships'],
};

/**
 * The record's measures an incident count of each measure is set against: the first is MND's
 * figure (its verdict), the others are shown beside it. Troops are never in the record, nor are
 * balloons (MND reports them, but neither tabulation has a column for them): their verdict is
 * "no such figure".
 */
export const RECORD_MEASURES_OF: Readonly<Record<CountMeasure, readonly RecordMeasure[]>> = {
  'aircraft-detected': ['aircraft-detected'],
  'aircraft-median-or-adiz': ['aircraft-median-or-adiz', 'aircraft-entered-adiz'],
  'navy-vessels': ['navy-vessels'],
  'official-ships': ['official-ships'],
  'troops-taking-part': [],
  'balloons-detected': [],
};
