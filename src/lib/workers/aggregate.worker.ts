/**
 * The timeline's and the counts chart's aggregation, off the main thread: the incident columns
 * are sent once per model, then each request is a pass over the rows it names.
 */
import { expose, transfer } from 'comlink';
import { aggregateApi } from './aggregate-api';

const api = aggregateApi();
expose({
  ...api,
  histogram: (...args: Parameters<typeof api.histogram>) => {
    const bins = api.histogram(...args);
    return transfer(bins, [bins.values.buffer]);
  },
  countBins: (...args: Parameters<typeof api.countBins>) => {
    const bins = api.countBins(...args);
    return transfer(bins, [bins.aircraft.buffer, bins.ships.buffer]);
  },
});
