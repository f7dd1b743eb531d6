/**
 * A `sha256sum` manifest (geodata/record/SHA256SUMS: `<hex>  <name>` a line) with some files'
 * checksums replaced, the other lines and their order kept, a file not yet listed added at the
 * end.
 *
 * @example
 * replaceSha256Sums('aa…  a.csv\nbb…  LICENSE.txt\n', { 'a.csv': 'cc…' }) // → 'cc…  a.csv\nbb…  LICENSE.txt\n'
 */
export function replaceSha256Sums(
  manifest: string,
  sums: Readonly<Record<string, string>>,
): string {
  const left = new Map(Object.entries(sums));
  const lines = manifest
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const name = /^[0-9a-f]{64} [ *](.+)$/.exec(line)?.[1];
      const sum = name === undefined ? undefined : left.get(name);
      if (name === undefined || sum === undefined) return line;
      left.delete(name);
      return `${sum}  ${name}`;
    });
  for (const [name, sum] of left) lines.push(`${sum}  ${name}`);
  return lines.map((line) => `${line}\n`).join('');
}
