/**
 * Panels go through the state: no component under src/lib/panels/ imports from workers/, data/
 * or import/ (the eslint rule for src/lib/panels/** says the same), and App.svelte hands no
 * panel anything but its children (no I/O as props).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const PANELS = `${SRC}lib/panels/`;

/** Every module a file imports, as written (static and dynamic). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push((m[1] ?? m[2])!);
  return found;
}

describe('panels', () => {
  const files = readdirSync(PANELS).filter((f) => /\.(svelte|ts)$/.test(f));

  it('are all read (the checks below see them)', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(importsOf(readFileSync(`${PANELS}TimelinePanel.svelte`, 'utf8'))).toContain(
      '../state/dashboard.svelte',
    );
  });

  it('import nothing from workers/, data/ or import/', () => {
    const reaching = files.flatMap((file) =>
      importsOf(readFileSync(`${PANELS}${file}`, 'utf8'))
        .filter((spec) => /(^|\/)(workers|data|import)\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(reaching).toEqual([]);
  });

  it('are handed no I/O by App.svelte: no panel gets a prop but a binding or a literal', () => {
    const app = readFileSync(`${SRC}App.svelte`, 'utf8');
    const panels = files.filter((f) => f.endsWith('.svelte')).map((f) => f.replace('.svelte', ''));
    const props = [...app.matchAll(/<([A-Z]\w*)\s+([^>]*?)\/?>/g)]
      .filter(([, name]) => panels.includes(name!))
      // A literal (`side="left"`) says which one; I/O would come as an expression (`{…}`).
      .map(
        ([, name, attrs]) =>
          `${name}: ${attrs!
            .replace(/bind:this=\{\w+\}/, '')
            .replace(/[\w-]+="[^"{}]*"/g, '')
            .trim()}`,
      )
      .filter((line) => !line.endsWith(': '));
    expect(props).toEqual([]);
  });
});
