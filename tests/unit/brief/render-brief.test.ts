import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { briefModel } from '../../../src/lib/brief/brief-model';
import { escapeHtml } from '../../../src/lib/brief/escape-html';
import { BRIEF_CSP, renderBrief } from '../../../src/lib/brief/render-brief';
import { buildModel } from '../../../src/lib/model/build-model';
import { dayNumber } from '../../../src/lib/model/day-number';
import { TOGGLE_IDS } from '../../../src/lib/model/layer-registry';
import type { LoadedRecord } from '../../../src/lib/model/record/loaded-record';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import {
  collection,
  createIncidentJson,
  createRawFiles,
  createSourceMeta,
} from '../../support/create';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { repoModel } from '../../support/geodata';
import { repoRecord } from '../../support/record';

/** The brief as a browser reads it (jsdom, no script run, nothing loaded). */
const parse = (html: string) => parseHtml(html);
const built = repoRecord();
const loaded: LoadedRecord = { ...built, series: recordSeries(built.record) };

/** A source whose text holds markup, and an incident quoting it. */
function createHostileModel() {
  const text =
    'Intro.\n\nThe ministry said <script>alert("x")</script> & <b>four</b> warships were seen.\n';
  const sentence =
    'The ministry said <script>alert("x")</script> & <b>four</b> warships were seen.';
  const start = text.indexOf(sentence);
  const files = createRawFiles({
    text,
    meta: createSourceMeta({
      title: 'A title </title><script>alert(1)</script>',
      outlet: 'Outlet "quoted" & <i>co</i>',
      url: 'https://example.org/a?b=1&c=<2>',
      sha256: createHash('sha256').update(text).digest('hex'),
    }),
    incidents: collection(
      createIncidentJson(
        {},
        {
          title: 'Warships <img src=x onerror=alert(1)>',
          date: {
            value: '2023-04-16',
            precision: 'day',
            rule: 'inferred',
            basis: 'The ministry said',
            quote: 0,
            resolution: 'as <given>',
          },
          counts: [{ unit: 'ships', value: 4, basis: 'four', quote: 0, what: 'warships' }],
          quotes: [{ source: 'test-source', start, end: start + sentence.length, text: sentence }],
        },
      ),
    ),
  });
  const model = buildModel(files);
  expect(model.issues).toEqual([]);
  return { model, text, sentence };
}

describe('renderBrief', () => {
  it('shows a source’s markup as text: no script, no element it names', () => {
    const { model, text, sentence } = createHostileModel();
    const html = renderBrief(
      briefModel({
        model,
        incidents: model.incidents,
        scope: 'listed',
        categories: [],
        shownLayers: [...TOGGLE_IDS],
        made: '2026-12-03T21:00:00.000Z',
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>four');
    expect(html).not.toContain('<img src=x');
    const doc = parse(html);
    expect(doc.querySelectorAll('script, b, i, img')).toHaveLength(0);
    const quote = doc.querySelector('blockquote')!;
    expect(quote.textContent).toBe(sentence);
    const start = Number(quote.getAttribute('data-start'));
    expect(text.slice(start, Number(quote.getAttribute('data-end')))).toBe(quote.textContent);
    expect(doc.title).toBe('Straitwatch brief: all time');
    expect(doc.querySelector('h3')!.textContent).toBe('Warships <img src=x onerror=alert(1)>');
    expect(doc.querySelector('figure.quote figcaption')!.textContent).toContain(
      'Outlet "quoted" & <i>co</i>, “A title </title><script>alert(1)</script>”',
    );
    // The URL is a link, its characters kept.
    expect(doc.querySelector('figure.quote a')!.getAttribute('href')).toBe(
      'https://example.org/a?b=1&c=<2>',
    );
  });

  it('carries its policy and loads nothing: the map a data: URL, no script, no stylesheet link', () => {
    const model = repoModel();
    const html = renderBrief(
      briefModel({
        model,
        incidents: model.incidents.slice(0, 3),
        scope: 'listed',
        categories: ['air-activity'],
        shownLayers: [...TOGGLE_IDS],
        record: loaded,
        map: { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', title: 'Straitwatch · 3 incidents' },
        made: '2026-12-03T21:00:00.000Z',
      }),
    );
    const doc = parse(html);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    ).toBe(BRIEF_CSP);
    expect(BRIEF_CSP).toMatch(/^default-src 'none'; img-src data:; style-src 'unsafe-inline'/);
    expect(doc.querySelectorAll('script, link, iframe, object, embed')).toHaveLength(0);
    const sources = [...doc.querySelectorAll('[src]')].map((n) => n.getAttribute('src')!);
    expect(sources).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
    expect(doc.querySelector('img.map')!.getAttribute('alt')).toContain(
      'Straitwatch · 3 incidents',
    );
    expect(doc.querySelectorAll('svg.chart path').length).toBeGreaterThan(3);
    expect(html).toMatch(/@page/);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('leaves out a picture that is not a PNG data: URL, and links no javascript: URL', () => {
    const { model } = createHostileModel();
    const brief = briefModel({
      model,
      incidents: model.incidents,
      scope: 'listed',
      categories: [],
      shownLayers: [],
      map: { dataUrl: 'https://tiles.example.org/x.png', title: 't' },
      made: '2026-12-03T21:00:00.000Z',
    });
    const hostile = {
      ...brief,
      credits: {
        ...brief.credits,
        sources: [{ what: 'x', credit: 'y', licence: 'z', url: 'javascript:alert(1)' }],
      },
    };
    const doc = parse(renderBrief(hostile));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain(
      'javascript:alert(1)',
    );
  });

  it('prints every quote of the 10 April brief as its source’s span', () => {
    const model = repoModel();
    const window = { from: dayNumber('2023-04-10'), to: dayNumber('2023-04-11') };
    const incidents = model.incidents.filter((i) => i.properties.date.value === '2023-04-10');
    const doc = parse(
      renderBrief(
        briefModel({
          model,
          incidents,
          scope: 'listed',
          window,
          categories: [],
          shownLayers: [...TOGGLE_IDS],
          record: loaded,
          made: '2026-12-03T21:00:00.000Z',
        }),
      ),
    );
    const quotes = [...doc.querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(incidents.reduce((n, i) => n + i.properties.quotes.length, 0));
    for (const q of quotes) {
      const text = model.sources.get(q.getAttribute('data-source')!)!.text;
      expect(q.textContent).toBe(
        text.slice(Number(q.getAttribute('data-start')), Number(q.getAttribute('data-end'))),
      );
    }
    const verdict = doc.querySelector(
      'article[data-id="dm-2023-04-17-pla-aircraft-adiz-54"] li.verdict',
    )!;
    expect(verdict.getAttribute('data-verdict')).toBe('agrees');
    expect(verdict.getAttribute('data-report')).toBe('2023-04-11');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters HTML reads as markup, and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a> “é”`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; “é”',
    );
  });
});
