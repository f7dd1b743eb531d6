import type { SourceMeta } from './schema';
import { shortDay } from './short-day';

/**
 * When a source was published and when it entered the project, as a reader reads them; a source
 * without `added` (an older stored import, synthetic data) says it was not recorded.
 *
 * @example
 * sourceDates({ published: '2023-04-17', added: '2026-11-26' }) // → 'published 17 Apr 2023 · added 26 Nov 2026'
 */
export function sourceDates(meta: Pick<SourceMeta, 'published' | 'added'>): string {
  return `published ${shortDay(meta.published)} · added ${meta.added ? shortDay(meta.added) : 'not recorded'}`;
}
