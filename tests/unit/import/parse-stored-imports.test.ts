import { describe, expect, it } from 'vitest';
import { parseStoredImports } from '../../../src/lib/import/parse-stored-imports';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { createImport } from '../../support/import';

describe('parseStoredImports', () => {
  it('reads nothing stored as no imports', () => {
    expect(parseStoredImports(undefined)).toEqual({ imports: [], issues: [] });
  });

  it('keeps good records and reports the others', () => {
    const good = createImport('csv', 'a.csv', 'id\n');
    const parsed = parseStoredImports({
      version: 1,
      imports: [good, { kind: 'csv', file: 'b.csv' }, { ...good }, 42],
    });
    expect(parsed.imports).toEqual([good]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^browser storage › b\.csv: is not a stored import \(.+\): skipped$/),
      'browser storage › a.csv: is stored twice',
      expect.stringMatching(/^browser storage › imports\[3\]: is not a stored import/),
    ]);
  });

  it('refuses an unknown format whole', () => {
    expect(parseStoredImports({ version: 2, imports: [] }).issues.map(formatIssue)).toEqual([
      'browser storage: holds imports in an unknown format: none restored',
    ]);
  });
});
