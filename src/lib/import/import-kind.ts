import type { ImportKind } from './imported-file';

/**
 * What a file is imported as, from its name: `.csv` incidents, `.geojson` or `.json` a layer,
 * `.txt` a source text for drafts; `undefined` for anything else.
 *
 * @example
 * importKind('Bases.GeoJSON') // → 'geojson'
 */
export function importKind(fileName: string): ImportKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'txt') return 'text';
  return undefined;
}
