import { MONTH_NAMES } from './calendar-names';
import type { DateReading } from './schema';

/**
 * A date reading in words, honest about its precision.
 *
 * @example
 * formatDateReading({ value: '2023-04-16', precision: 'day' }) // → '16 April 2023'
 * formatDateReading({ value: '2023-04-10', precision: 'week' }) // → 'week of 10 April 2023'
 * formatDateReading({ value: '2023-03', precision: 'month' }) // → 'March 2023'
 * formatDateReading({ value: '2023-04-08', precision: 'before' }) // → 'on or before 8 April 2023'
 */
export function formatDateReading(reading: Pick<DateReading, 'value' | 'precision'>): string {
  const [y, m, d] = reading.value.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  const day = d ? `${Number(d)} ${month} ${y}` : undefined;
  switch (reading.precision) {
    case 'year':
      return `${y}`;
    case 'month':
      return `${month} ${y}`;
    case 'week':
      return `week of ${day ?? `${month} ${y}`}`;
    case 'before':
      return `on or before ${day ?? `${month ?? ''} ${y}`.trim()}`;
    case 'day':
      return day ?? `${month ?? ''} ${y}`.trim();
  }
}
