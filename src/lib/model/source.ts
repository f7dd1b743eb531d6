import type { SourceMeta } from './schema';

/** A source text with its metadata, as the model holds it. */
export interface Source {
  readonly meta: SourceMeta;
  readonly text: string;
}
