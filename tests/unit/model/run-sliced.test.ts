/** runSliced: work in slices with the page given back between them, stopped by a signal. */
import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../src/lib/model/run-sliced';

function* counting(n: number): Generator<number, string> {
  for (let i = 1; i <= n; i++) yield i;
  return `done after ${n}`;
}

describe('runSliced', () => {
  it('returns what the steps return, yielding and reporting progress between slices', async () => {
    let yields = 0;
    const seen: number[] = [];
    const result = await runSliced(counting(5), {
      sliceMs: 0,
      yieldToMain: async () => void yields++,
      onProgress: (p) => seen.push(p),
    });
    expect(result).toBe('done after 5');
    expect(yields).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops between two slices when its signal is aborted, with the signal’s reason', async () => {
    const abort = new AbortController();
    let steps = 0;
    const work = runSliced(
      (function* () {
        for (;;) yield ++steps;
      })(),
      {
        sliceMs: 0,
        signal: abort.signal,
        yieldToMain: async () => {
          if (steps === 3) abort.abort(new Error('cancelled'));
        },
      },
    );
    await expect(work).rejects.toThrow('cancelled');
    expect(steps).toBe(3);
  });
});
