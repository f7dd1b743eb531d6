import type { ImportKind } from './imported-file';

/**
 * What a file is imported as, from its name: `.csv` incidents, `.geojson` or `.json` a layer,
 * `.txt` a source text for drafts, `.html`, `.htm` or `.xhtml` a saved web page whose article
 * becomes a source text (it is kept as a `text` import); `undefined` for anything else.
 *
 * @example
 * importKind('Bases.GeoJSON') // → 'geojson'
 * importKind('mnd-release.htm') // → 'page'
 */
export function importKind(fileName: string): ImportKind | 'page' | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'page';
  return undefined;
}
