/**
 * The record's types: MND's daily reports as the tabulations read them, a day a report.
 */
import type { LayerFeature } from '../schema';
import type { AdizRegion } from '../vocabulary';
import type { ComparedMeasure, RecordMeasure } from './record-measures';
import type { RecordProvenance } from './record-provenance';
import type { Tabulation, TabulationId } from './record-tabulations';
import type { ReportWindow } from './report-window';

/** One tabulation's row for one report: its figures, and where they come from. */
export interface RecordReading {
  readonly tabulation: TabulationId;
  /** The report's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The CSV file and the line of the row. */
  readonly file: string;
  readonly line: number;
  /** The figures by measure; a measure absent was not read (no column, or an empty cell). */
  readonly figures: Readonly<Partial<Record<RecordMeasure, number>>>;
  /** The ADIZ regions the report names (madeye only; empty when none). */
  readonly regions?: readonly AdizRegion[];
  /** The report's address, where the tabulation gives one. */
  readonly url?: string;
  /** The window as the tabulation spells it out, where it does. */
  readonly period?: ReportWindow;
}

/** MND's report of one date, with every tabulation's reading of it. */
export interface RecordDay {
  readonly date: string;
  /** Days since 1970-01-01 of `date`. */
  readonly day: number;
  /** 06:00 (UTC+8) the day before to 06:00 that day. */
  readonly window: ReportWindow;
  /** One reading a tabulation that has the day, in `TABULATIONS` order. */
  readonly readings: readonly RecordReading[];
  /** Measures on which the readings differ: both are kept, never averaged, never one picked. */
  readonly disagreements: readonly ComparedMeasure[];
}

/** Something a reader should know about a row that is kept as written. */
export interface RecordNote {
  readonly tabulation: TabulationId;
  readonly date: string;
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/** The days a tabulation covers. */
export interface TabulationSpan {
  readonly first: string;
  readonly last: string;
  /** Report dates with a row. */
  readonly days: number;
  /** Report dates between `first` and `last` without one. */
  readonly missing: number;
}

/** The record: every report date any tabulation has, in date order. */
export interface MndRecord {
  /** The tabulations whose file loaded, with what they cover. */
  readonly tabulations: readonly (Tabulation & { readonly span: TabulationSpan })[];
  readonly days: readonly RecordDay[];
  readonly byDate: ReadonlyMap<string, RecordDay>;
  readonly notes: readonly RecordNote[];
  /** Where each tabulation's CSV came from (geodata/record/provenance.json), when it loaded. */
  readonly provenance?: RecordProvenance;
  /** Schematic shapes of the ADIZ regions the reports name (geodata/regions/), when they loaded. */
  readonly regionShapes?: readonly AdizRegionShape[];
}

/** A region's schematic shape: a layer feature whose id is the region (MND publishes none). */
export type AdizRegionShape = LayerFeature & { readonly id: AdizRegion };
