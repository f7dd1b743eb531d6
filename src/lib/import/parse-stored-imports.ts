import * as v from 'valibot';
import type { DataIssue } from '../model/data-issue';
import { type ImportedFile, importedFileSchema } from './imported-file';

/** What the browser's storage is told to keep, versioned for later changes of format. */
export interface StoredImports {
  readonly version: 1;
  readonly imports: readonly ImportedFile[];
}

/** Where stored imports are named in messages. */
export const STORAGE_NAME = 'browser storage';

/**
 * The imports kept in the browser, from `unknown` (whatever storage gives back): nothing stored
 * is no imports; a record that does not fit is reported and left out, the others are kept.
 *
 * @example
 * parseStoredImports(undefined) // → { imports: [], issues: [] }
 */
export function parseStoredImports(stored: unknown): {
  readonly imports: readonly ImportedFile[];
  readonly issues: readonly DataIssue[];
} {
  if (stored === undefined || stored === null) return { imports: [], issues: [] };
  const list = (stored as { version?: unknown; imports?: unknown }).imports;
  if ((stored as { version?: unknown }).version !== 1 || !Array.isArray(list))
    return {
      imports: [],
      issues: [{ file: STORAGE_NAME, reason: 'holds imports in an unknown format: none restored' }],
    };
  const imports: ImportedFile[] = [];
  const issues: DataIssue[] = [];
  list.forEach((record: unknown, i) => {
    const parsed = v.safeParse(importedFileSchema, record);
    const file = (record as { file?: unknown } | null)?.file;
    if (!parsed.success)
      issues.push({
        file: STORAGE_NAME,
        feature: typeof file === 'string' ? file : `imports[${i}]`,
        reason: `is not a stored import (${parsed.issues[0].message}): skipped`,
      });
    else if (imports.some((x) => x.id === parsed.output.id))
      issues.push({ file: STORAGE_NAME, feature: parsed.output.file, reason: 'is stored twice' });
    else imports.push(parsed.output);
  });
  return { imports, issues };
}
