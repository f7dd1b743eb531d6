import Papa from 'papaparse';
import type { Incident } from '../model/schema';
import {
  FORMULA_LIKE,
  INCIDENT_CSV_COLUMNS,
  type IncidentCsvColumn,
  NUMERIC_CSV_COLUMNS,
} from './incident-csv-columns';

type CsvRow = Partial<Record<IncidentCsvColumn, string | number>>;

/**
 * Incidents as a CSV in the import format (docs/import.md), so that
 * `parseIncidentCsv(incidentsCsv(x))` gives `x` back. Each quote gets a row; a quote with more
 * than one date reading or figure gets more rows, placed so that reading and figure order is
 * kept. The incident's own fields are repeated on each of its rows; every column is always
 * written. Text cells a spreadsheet would run as formulas get a leading apostrophe, which import
 * takes off again.
 *
 * @example
 * incidentsCsv(model.incidents).split('\r\n')[0] // → 'id,title,category,date,…'
 */
export function incidentsCsv(incidents: readonly Incident[]): string {
  const data: CsvRow[] = [];
  for (const incident of incidents) {
    const p = incident.properties;
    const [lon, lat] = incident.geometry.coordinates;
    const own: CsvRow = {
      id: incident.id,
      title: p.title,
      category: p.category,
      lat,
      lon,
      place: p.place.name,
      place_precision: p.place.precision,
      place_feature: p.place.feature ?? '',
      place_note: p.place.note ?? '',
      actors: p.actors.join('; '),
      note: p.note ?? '',
    };
    // One row per quote, in order, so quote indices come back the same.
    const rows: { quote: number; cells: CsvRow }[] = p.quotes.map((quote, i) => ({
      quote: i,
      cells: {
        source: quote.source,
        start: quote.start,
        end: quote.end,
        quote: quote.text,
      },
    }));
    // Readings, then figures, each into the next free row of its quote after the previous one.
    const place = (quote: number, after: number, free: (cells: CsvRow) => boolean): number => {
      const at = rows.findIndex((r, i) => i > after && r.quote === quote && free(r.cells));
      if (at >= 0) return at;
      const q = p.quotes[quote]!;
      rows.push({
        quote,
        cells: { source: q.source, start: q.start, end: q.end, quote: q.text },
      });
      return rows.length - 1;
    };
    let after = -1;
    for (const r of [p.date, ...(p.otherDates ?? [])]) {
      after = place(r.quote, after, (c) => c.date === undefined);
      Object.assign(rows[after]!.cells, {
        date: r.value,
        date_precision: r.precision,
        date_rule: r.rule,
        date_basis: r.basis,
        date_resolution: r.resolution,
      });
    }
    after = -1;
    for (const c of p.counts ?? []) {
      after = place(c.quote, after, (cells) => cells.count === undefined);
      Object.assign(rows[after]!.cells, {
        count: c.value,
        count_unit: c.unit,
        count_qualifier: c.qualifier ?? '',
        count_basis: c.basis,
        count_what: c.what,
        count_measure: c.measure?.kind ?? '',
        count_measure_words: c.measure?.words ?? '',
        count_regions: c.measure?.regions?.join(' ') ?? '',
        count_of: c.measure?.of ?? '',
        count_dated: c.measure?.dated ?? '',
        count_claim: c.claim?.kind ?? '',
        count_claim_since: c.claim?.since ?? '',
        count_claim_words: c.claim?.words ?? '',
      });
    }
    for (const row of rows) data.push({ ...own, ...row.cells });
  }
  const escaped = data.map((row) =>
    INCIDENT_CSV_COLUMNS.map((column) => {
      const cell = row[column] ?? '';
      return typeof cell === 'string' &&
        !NUMERIC_CSV_COLUMNS.includes(column) &&
        FORMULA_LIKE.test(cell)
        ? `'${cell}`
        : cell;
    }),
  );
  return Papa.unparse({ fields: [...INCIDENT_CSV_COLUMNS], data: escaped }, { newline: '\r\n' });
}
