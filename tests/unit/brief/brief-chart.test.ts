import { describe, expect, it } from 'vitest';
import { blobDataUrl } from '../../../src/lib/brief/blob-data-url';
import { briefChart } from '../../../src/lib/brief/brief-chart';
import { dayNumber } from '../../../src/lib/model/day-number';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import { repoRecord } from '../../support/record';

const series = Object.freeze(recordSeries(repoRecord().record));

describe('briefChart', () => {
  it('draws the whole record without a window, unshaded, a missing day a gap', () => {
    const chart = briefChart(series, undefined, [])!;
    expect([chart.first, chart.last]).toEqual(['2022-11-16', '2026-08-22']);
    expect(chart.shade).toBeUndefined();
    const eskim = chart.rows[0]!.lines.find((l) => l.tabulation === 'eskim19')!;
    // eskim19 misses 48 days: its line is lifted (a new M) at each gap, never drawn to zero.
    expect(eskim.d.match(/M/g)!.length).toBeGreaterThan(1);
    expect(chart.rows[0]!.marks).toEqual([]);
  });

  it('keeps 30 days either side of a window, cut to the record', () => {
    const start = { from: dayNumber('2022-11-16'), to: dayNumber('2022-11-18') };
    const chart = briefChart(series, start, [])!;
    expect([chart.first, chart.last]).toEqual(['2022-11-16', '2022-12-17']);
    expect(chart.shade!.width).toBeGreaterThan(0);
  });

  it('has nothing to draw for a window far from the record', () => {
    expect(
      briefChart(series, { from: dayNumber('1990-01-01'), to: dayNumber('1990-01-02') }, []),
    ).toBeUndefined();
  });
});

describe('blobDataUrl', () => {
  it('encodes every byte of a large blob, in chunks', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const url = await blobDataUrl(new Blob([bytes], { type: 'image/png' }));
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const back = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
    expect(back.equals(Buffer.from(bytes))).toBe(true);
  });
});
