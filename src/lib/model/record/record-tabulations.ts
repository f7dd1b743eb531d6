/**
 * The tabulations of MND's daily reports that make the record (geodata/record/, documented in
 * geodata/README.md): who made each, from what, under which licence, and which of its columns
 * holds which measure. Every figure of the record names its tabulation. The commit each was
 * read at changes with every `npm run update`, so it is data, not code: geodata/record/
 * provenance.json (`record-provenance.ts`).
 */
import type { RecordMeasure } from './record-measures';

export const TABULATION_IDS = ['eskim19', 'madeye'] as const;
export type TabulationId = (typeof TABULATION_IDS)[number];

export interface Tabulation {
  readonly id: TabulationId;
  /** The project's name and its repository. */
  readonly project: string;
  readonly repository: string;
  /** The file or files of the repository the table is made from (`*`: any name in that folder). */
  readonly path: string;
  /** What the project read: MND's list page, or each report (then rows carry its URL). */
  readonly reads: string;
  /** The CSV in geodata/, and the licence file shipped beside it. */
  readonly file: string;
  readonly licence: string;
  readonly licenceFile: string;
  /** Every column of the CSV, in its order. */
  readonly columns: readonly string[];
  /** The column of each measure the tabulation reads; a measure it lacks has none. */
  readonly figureColumns: Readonly<Partial<Record<RecordMeasure, string>>>;
  /** The column listing the ADIZ regions named, space-separated. */
  readonly regionsColumn?: string;
  /** The column holding the report's URL. */
  readonly urlColumn?: string;
  /** The columns spelling out the report's window. */
  readonly periodColumns?: { readonly start: string; readonly end: string };
}

export const TABULATIONS: readonly Tabulation[] = [
  {
    id: 'eskim19',
    project: 'taiwan-strait-tracker',
    repository: 'https://github.com/eskim19/taiwan-strait-tracker',
    path: 'docs/data/tension.json',
    reads: "MND's English list page",
    file: 'geodata/record/eskim19-taiwan-strait-tracker.csv',
    licence: 'MIT',
    licenceFile: 'geodata/record/LICENSE-eskim19-taiwan-strait-tracker.txt',
    columns: [
      'report_date',
      'aircraft',
      'navy_ships',
      'official_ships',
      'crossed_median_or_entered_adiz',
    ],
    figureColumns: {
      'aircraft-detected': 'aircraft',
      'aircraft-median-or-adiz': 'crossed_median_or_entered_adiz',
      'navy-vessels': 'navy_ships',
      'official-ships': 'official_ships',
    },
  },
  {
    id: 'madeye',
    project: 'taiwan-strait-monitor',
    repository: 'https://github.com/madeye/taiwan-strait-monitor',
    path: 'data/daily/*.json',
    reads: "each of MND's reports (its URL is on the row)",
    file: 'geodata/record/madeye-taiwan-strait-monitor.csv',
    licence: 'MIT',
    licenceFile: 'geodata/record/LICENSE-madeye-taiwan-strait-monitor.txt',
    columns: [
      'report_date',
      'period_start',
      'period_end',
      'aircraft',
      'crossed_median',
      'entered_adiz',
      'adiz_regions',
      'navy_ships',
      'official_ships',
      'source_url',
    ],
    figureColumns: {
      'aircraft-detected': 'aircraft',
      'aircraft-median-or-adiz': 'crossed_median',
      'aircraft-entered-adiz': 'entered_adiz',
      'navy-vessels': 'navy_ships',
      'official-ships': 'official_ships',
    },
    regionsColumn: 'adiz_regions',
    urlColumn: 'source_url',
    periodColumns: { start: 'period_start', end: 'period_end' },
  },
];

/** MND, whose figures the tabulations read, and the terms they are reused under. */
export const RECORD_PUBLISHER = {
  name: 'Taiwan Ministry of National Defense (MND)',
  url: 'https://www.mnd.gov.tw/',
  licence: 'Open Government Data License, Taiwan, version 1.0',
  licenceUrl: 'https://data.gov.tw/license',
} as const;

/**
 * The record's credit line for the map's attribution: MND and its licence, and each tabulation
 * with its licence (HTML built from the constants above only, never from a file's text).
 */
export const RECORD_ATTRIBUTION = [
  `Record: <a href="${RECORD_PUBLISHER.url}" rel="noreferrer" target="_blank">Taiwan MND</a> (<a href="${RECORD_PUBLISHER.licenceUrl}" rel="noreferrer" target="_blank">OGDL-TW 1.0</a>)`,
  ...TABULATIONS.map(
    (t) =>
      `<a href="${t.repository}" rel="noreferrer" target="_blank" title="${t.project}">${t.id}</a> (${t.licence})`,
  ),
].join(', ');
