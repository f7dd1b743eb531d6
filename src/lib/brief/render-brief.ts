import type { Brief, BriefIncident, BriefQuote, BriefVerdict } from './brief-model';
import { type BriefChart, TABULATION_COLORS } from './brief-chart';
import type { Credit, TabulationCredit } from './brief-credits';
import { escapeHtml as e } from './escape-html';

/**
 * What the brief's page may load: nothing but its own inline style and `data:` images. Opened
 * from a disk or a mail, it asks no host for anything, and a script in it would not run.
 */
export const BRIEF_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Only links a reader can follow safely: http(s) addresses, never `javascript:` or `data:`. */
const href = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);
const link = (url: string | undefined, text: string) => {
  const to = href(url);
  return to ? `<a href="${e(to)}">${e(text)}</a>` : e(text);
};

/** The print and screen style: system fonts, A4 and Letter both (no page size is imposed). */
const STYLE = `
@page { margin: 14mm 13mm; }
:root { color: #1f2933; background: #fff; font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.45rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; border-bottom: 1px solid #c9ced4; padding-bottom: 0.15rem; break-after: avoid; }
h3 { font-size: 1rem; margin: 0 0 0.2rem; break-after: avoid; }
h4 { font-size: 0.85rem; margin: 0.5rem 0 0.15rem; color: #4a5560; break-after: avoid; }
p, ul, dl { margin: 0.2rem 0; }
ul { padding-left: 1.1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.muted { color: #4a5560; font-size: 0.9em; }
figure { margin: 0.4rem 0; break-inside: avoid; page-break-inside: avoid; }
img.map { display: block; width: 100%; height: auto; border: 1px solid #c9ced4; }
article.incident { border-top: 1px solid #e2e4e8; padding: 0.6rem 0 0.4rem; break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0.3rem 0 0.1rem; padding: 0.2rem 0.6rem; border-left: 3px solid #d1495b; background: #f6f7f8; white-space: pre-wrap; }
figure.quote figcaption { font-size: 0.85em; color: #4a5560; }
li.verdict { margin-bottom: 0.3rem; }
.verdict-word { font-weight: 600; }
[data-verdict="agrees"] > .verdict-word { color: #166534; }
[data-verdict="disagrees"] > .verdict-word { color: #9a3412; }
code { font-size: 0.85em; }
ul.cites { font-size: 0.85em; color: #4a5560; }
svg.chart { width: 100%; height: auto; font: 10px system-ui, sans-serif; }
.swatch { display: inline-block; width: 0.8em; height: 0.25em; vertical-align: middle; margin-right: 0.25em; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; } }
`;

/**
 * The brief as one self-contained HTML page: its own style inline, the map's picture as a `data:`
 * URL, the chart as inline SVG, and a Content-Security-Policy that lets it load nothing else.
 * Every text is escaped (`escapeHtml`): a file's words are shown as words, never read as HTML.
 * A quote's text sits alone in its `<blockquote>`, with its source and offsets in `data-`
 * attributes, so a reader (or a test) can check it against the source.
 *
 * @example
 * renderBrief(briefModel(input)) // → '<!doctype html><html lang="en"><head><meta charset="utf-8">…'
 */
export function renderBrief(brief: Brief): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(BRIEF_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(brief.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(brief.title)}</h1>
<p class="muted">Made with Straitwatch on ${e(brief.made)}. Every figure traces to a verbatim quote at its character offsets in its source, or to a row of MND’s daily record.</p>
<dl class="meta">
<dt>Covers</dt><dd>${e(brief.scope)}</dd>
<dt>Time window</dt><dd>${e(brief.window)}</dd>
<dt>Categories</dt><dd>${e(brief.categories)}</dd>
<dt>Map layers</dt><dd>${e(brief.layers)}</dd>
</dl>
</header>
<main>
${mapSection(brief)}
<section aria-labelledby="incidents-heading">
<h2 id="incidents-heading">Incidents (${brief.incidents.length})</h2>
${brief.incidents.length === 0 ? '<p>No incident in the time window and filter.</p>' : ''}
${brief.incidents.map(incident).join('\n')}
${brief.leftOut > 0 ? `<p>${brief.leftOut.toLocaleString('en')} more incidents of the window and filter are not in this brief: narrow the window or the filter to include them.</p>` : ''}
</section>
${recordSection(brief)}
${creditsSection(brief)}
</main>
</body>
</html>
`;
}

function mapSection(brief: Brief): string {
  const map = brief.map;
  const picture =
    map && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(map.dataUrl)
      ? `<figure><img class="map" src="${e(map.dataUrl)}" alt="${e(map.alt)}"><figcaption class="muted">The map as it was on screen, with its legend, scale and credits drawn in.</figcaption></figure>`
      : '<p>The map was not drawn (it was not on screen).</p>';
  return `<section aria-labelledby="map-heading">
<h2 id="map-heading">The map</h2>
${picture}
</section>`;
}

function incident(i: BriefIncident): string {
  const where = `${i.place} (${i.placePrecision}; ${i.coordinates.map((c) => c.toFixed(3)).join(', ')})`;
  return `<article class="incident" data-id="${e(i.id)}" aria-labelledby="incident-${e(i.id)}">
<h3 id="incident-${e(i.id)}">${e(i.title)}</h3>
<p><strong>${e(i.date)}</strong> · ${e(where)} · ${e(i.category)}${i.actors.length > 0 ? ` · ${e(i.actors.join(', '))}` : ''}</p>
${i.dateResolution ? `<p class="muted">Date: ${e(i.dateResolution)}</p>` : ''}
${i.otherDates.length > 0 ? `<p class="muted">Another reading of the date: ${e(i.otherDates.join('; '))}</p>` : ''}
${i.note ? `<p class="muted">Note: ${e(i.note)}</p>` : ''}
${i.counts.length > 0 ? `<h4>Counts</h4><ul class="counts">${i.counts.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : ''}
${i.verdicts.length > 0 ? `<h4>Against MND’s record</h4><ul class="verdicts">${i.verdicts.map(verdict).join('')}</ul>` : ''}
<h4>Quotes</h4>
${i.quotes.map(quote).join('\n')}
</article>`;
}

function verdict(v: BriefVerdict): string {
  const figures = v.figures
    .map(
      (f) =>
        `<li data-verdict="${e(f.verdict)}">${e(f.text)}${f.row ? ` <code>${e(f.row)}</code>` : ''}${href(f.url) ? ` ${link(f.url, 'report')}` : ''}</li>`,
    )
    .join('');
  // The verdict's lead ("Agrees with the record") stands out; the sentence is as the panel's.
  const colon = v.text.indexOf(':');
  const lead = colon < 0 ? v.text : v.text.slice(0, colon);
  return `<li class="verdict" data-verdict="${e(v.verdict)}"${v.report ? ` data-report="${e(v.report.date)}"` : ''}><span class="verdict-word">${e(lead)}</span>${e(v.text.slice(lead.length))}
${v.report ? `<p class="muted">MND’s report of ${e(v.report.date)} covers ${e(v.report.window)}; ${e(v.report.how)}.</p>` : ''}
${figures ? `<ul class="muted">${figures}</ul>` : ''}
${v.tabulationsDisagree ? '<p>The two tabulations disagree with each other on this figure; both are shown.</p>' : ''}
${v.claim ? `<p data-verdict="${e(v.claim.verdict)}"><em>${e(v.claim.text)}</em></p>` : ''}
</li>`;
}

function quote(q: BriefQuote): string {
  const where = [
    q.outlet ? e(q.outlet) : e(`source ${q.source} (not loaded)`),
    q.title ? `“${e(q.title)}”` : '',
    q.published ? e(q.published) : '',
    href(q.url) ? link(q.url, q.url!) : '',
    `characters ${q.start}–${q.end}`,
  ].filter(Boolean);
  return `<figure class="quote"><blockquote${q.language ? ` lang="${e(q.language)}"` : ''} data-source="${e(q.source)}" data-start="${q.start}" data-end="${q.end}" data-from-source="${q.fromSource}">${e(q.text)}</blockquote><figcaption>— ${where.join(', ')}${q.fromSource ? '' : ' (as stored: its source is not loaded)'}</figcaption></figure>`;
}

function recordSection(brief: Brief): string {
  const r = brief.record;
  const body = r.missing
    ? `<p>${e(r.missing)}.</p>`
    : `${r.chart ? chartSvg(r.chart) : '<p>The record has no report in or near the window.</p>'}
${r.span ? `<p>Window: ${e(r.span)}.</p>` : ''}
${r.summary.length > 0 ? `<ul>${r.summary.map((s) => `<li><strong>${e(s.label)}</strong>: ${e(s.text)}</li>`).join('')}</ul>` : ''}`;
  return `<section aria-labelledby="record-heading">
<h2 id="record-heading">MND’s daily record for the window</h2>
${body}
</section>`;
}

function chartSvg(chart: BriefChart): string {
  const rows = chart.rows
    .map((row) => {
      const lines = row.lines
        .map(
          (l) =>
            `<path d="${e(l.d)}" fill="none" stroke="${TABULATION_COLORS[l.tabulation]}" stroke-width="1.2"><title>${e(l.tabulation)}</title></path>`,
        )
        .join('');
      const marks = row.marks
        .map(
          (m) =>
            `<path d="M${m.cx} ${m.cy - 4}L${m.cx + 4} ${m.cy}L${m.cx} ${m.cy + 4}L${m.cx - 4} ${m.cy}Z" fill="#1f2933"><title>The source’s figure: ${m.value}</title></path>`,
        )
        .join('');
      const bottom = row.top + row.height;
      return `<g><text x="0" y="${row.top - 5}" font-weight="600" fill="#1f2933">${e(row.label)}</text>
<text x="30" y="${row.top + 8}" text-anchor="end" fill="#4a5560">${row.max}</text>
<text x="30" y="${bottom}" text-anchor="end" fill="#4a5560">0</text>
<line x1="34" y1="${bottom}" x2="${chart.width - 4}" y2="${bottom}" stroke="#c9ced4"/>${lines}${marks}</g>`;
    })
    .join('\n');
  const shade = chart.shade
    ? `<rect x="${chart.shade.x}" y="0" width="${Math.max(chart.shade.width, 2)}" height="${chart.height}" fill="#fde8eb"/>`
    : '';
  const legend = Object.entries(TABULATION_COLORS)
    .map(([id, color]) => `<span class="swatch" style="background:${color}"></span>${e(id)}`)
    .join(' · ');
  return `<figure>
<svg class="chart" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="chart-title">
<title id="chart-title">MND’s daily figures from ${e(chart.first)} to ${e(chart.last)}, as tabulated by eskim19 and madeye: aircraft detected, aircraft that crossed the median line or entered the ADIZ, and PLA Navy vessels; the window shaded; the sources’ figures as diamonds.</title>
${shade}
${rows}
</svg>
<figcaption class="muted">${e(chart.first)} to ${e(chart.last)}, one line a tabulation (${legend}); a gap is a day without a figure, never zero. The window is shaded; ◆ marks the brief’s own figures at their report’s date.</figcaption>
</figure>`;
}

function credit(c: Credit): string {
  const cites =
    c.cites && c.cites.length > 0
      ? `<ul class="cites">${c.cites.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`
      : '';
  return `<li>${e(c.what)}: ${link(c.url, c.credit)} (${e(c.licence)})${cites}</li>`;
}

function tabulationCredit(t: TabulationCredit): string {
  const commit = t.commit
    ? `, read at commit ${link(t.commitUrl, t.commit)}${t.committed ? ` of ${e(t.committed)}` : ''}${t.read ? `, on ${e(t.read)}` : ''}`
    : ', its commit not recorded';
  return `<li data-tabulation="${e(t.credit)}">${e(t.what)}: ${link(t.url, t.credit)} (${e(t.licence)})${commit}${t.note ? `. <span class="muted">${e(t.note)}</span>` : ''}</li>`;
}

function creditsSection(brief: Brief): string {
  const c = brief.credits;
  return `<section aria-labelledby="credits-heading">
<h2 id="credits-heading">Credits and licences</h2>
<h3>Sources quoted</h3>
${c.sources.length > 0 ? `<ul>${c.sources.map(credit).join('')}</ul>` : '<p>None.</p>'}
<h3>The map</h3>
<ul>${c.map.map(credit).join('')}</ul>
<h3>MND’s record</h3>
<ul>${c.record.map(credit).join('')}${c.tabulations.map(tabulationCredit).join('')}</ul>
<p class="muted">Every figure of the record is “MND’s report of a date, as tabulated by a project”; the projects’ licences ship beside their files in Straitwatch (geodata/record/LICENSE-*.txt).</p>
</section>`;
}
