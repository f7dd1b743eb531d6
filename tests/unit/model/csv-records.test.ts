/** csvRecordsSliced: papaparse paused between slices gives csvRecords' records, lines and errors. */
import { describe, expect, it } from 'vitest';
import { csvRecords, csvRecordsSliced } from '../../../src/lib/model/csv-records';

describe('csvRecordsSliced', () => {
  const text = Array.from({ length: 40 }, (_, i) => `${i},"two\nlines",x`).join('\r\n') + '\n';

  it('reads the same records, lines and errors as csvRecords, pausing after every record', async () => {
    expect(await csvRecordsSliced(text, { sliceMs: 0 })).toEqual(csvRecords(text));
    const broken = 'a,b\n1,"open\n2,3\n';
    expect(await csvRecordsSliced(broken, { sliceMs: 0 })).toEqual(csvRecords(broken));
  });

  it('stops when its signal is aborted, with the signal’s reason', async () => {
    const abort = new AbortController();
    const reading = csvRecordsSliced(text, { sliceMs: 0, signal: abort.signal });
    abort.abort(new Error('cancelled'));
    await expect(reading).rejects.toThrow('cancelled');
  });
});
