import { describe, expect, it } from 'vitest';
import { importKind } from '../../../src/lib/import/import-kind';
import { slug } from '../../../src/lib/import/slug';

describe('importKind', () => {
  it.each([
    ['incidents.csv', 'csv'],
    ['Bases.GeoJSON', 'geojson'],
    ['layer.json', 'geojson'],
    ['dispatch.txt', 'text'],
    ['release.html', 'page'],
    ['Release.HTM', 'page'],
    ['page.xhtml', 'page'],
    ['report.pdf', undefined],
    ['csv', undefined],
  ])('%s → %s', (name, kind) => {
    expect(importKind(name)).toBe(kind);
  });
});

describe('slug', () => {
  it('keeps letters and digits, kebab-cased, accents dropped', () => {
    expect(slug('Daily Mail (MailOnline)')).toBe('daily-mail-mailonline');
    expect(slug('Le Monde – édition')).toBe('le-monde-edition');
  });

  it('falls back when nothing is left', () => {
    expect(slug('台灣', 'layer')).toBe('layer');
  });
});
