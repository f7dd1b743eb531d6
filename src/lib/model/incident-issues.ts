import { countBasisValue } from './count-basis-value';
import { countMeasureIssues } from './count-measure-issues';
import { type DataIssue, type PathKey, type Problem, pathText } from './data-issue';
import { figureOccurs } from './figure-occurs';
import { quoteIssue } from './quote-issue';
import { resolveDateExpression } from './resolve-date-expression';
import type { DateReading, Incident } from './schema';
import type { Source } from './source';

/**
 * Everything that makes an incident untrustworthy, checked against its sources and the known
 * layer features: each quote verbatim at its offsets; each date's words inside its quote and,
 * for rule-based dates, the rule giving the same date; each count's words inside its quote and
 * saying its value, and its measure and claim holding against the quote (`countMeasureIssues`). An empty list means the incident's evidence holds.
 *
 * @example
 * incidentIssues('incidents/a.geojson', incident, sources)
 */
export function incidentIssues(
  file: string,
  incident: Incident,
  sources: ReadonlyMap<string, Source>,
): DataIssue[] {
  return incidentProblems(incident, sources).map(({ keys, reason }) => ({
    file,
    feature: incident.properties.id,
    path: pathText(keys),
    reason,
  }));
}

/**
 * What `incidentIssues` finds, with each path as keys (`['properties', 'quotes', 0]`): the one
 * check of an incident's evidence, for a caller that places problems itself (a CSV names the
 * line and column each part came from).
 *
 * @example
 * incidentProblems(incident, sources) // → [{ keys: ['properties', 'date', 'basis'], reason: '"Sunday" does not occur in quote 0' }]
 */
export function incidentProblems(
  incident: Incident,
  sources: ReadonlyMap<string, Source>,
): Problem[] {
  const p = incident.properties;
  const issues: Problem[] = [];
  const add = (keys: readonly PathKey[], reason: string) => issues.push({ keys, reason });

  p.quotes.forEach((quote, i) => {
    const source = sources.get(quote.source);
    if (!source)
      return add(['properties', 'quotes', i, 'source'], `unknown source "${quote.source}"`);
    const reason = quoteIssue(quote, source.text);
    if (reason) add(['properties', 'quotes', i], reason);
  });

  const checkDate = (reading: DateReading, path: readonly PathKey[]) => {
    const quote = p.quotes[reading.quote];
    if (!quote)
      return add(
        [...path, 'quote'],
        `refers to quote ${reading.quote}, but there are ${p.quotes.length}`,
      );
    if (!quote.text.includes(reading.basis)) {
      return add([...path, 'basis'], `"${reading.basis}" does not occur in quote ${reading.quote}`);
    }
    if (reading.rule === 'inferred') return;
    const source = sources.get(quote.source);
    if (!source) return;
    const resolved = resolveDateExpression(reading.rule, reading.basis, source.meta.published);
    if (!resolved)
      return add([...path, 'rule'], `rule "${reading.rule}" cannot read "${reading.basis}"`);
    if (resolved.value !== reading.value || resolved.precision !== reading.precision) {
      add(
        [...path, 'value'],
        `"${reading.basis}" by rule "${reading.rule}" from ${source.meta.published} gives ${resolved.value} (${resolved.precision}), not ${reading.value} (${reading.precision})`,
      );
    }
  };
  checkDate(p.date, ['properties', 'date']);
  p.otherDates?.forEach((reading, i) => checkDate(reading, ['properties', 'otherDates', i]));

  p.counts?.forEach((count, i) => {
    const path = ['properties', 'counts', i] as const;
    const quote = p.quotes[count.quote];
    if (!quote)
      return add(
        [...path, 'quote'],
        `refers to quote ${count.quote}, but there are ${p.quotes.length}`,
      );
    if (!figureOccurs(quote.text, count.basis)) {
      return add(
        [...path, 'basis'],
        `the figure "${count.basis}" does not occur in quote ${count.quote}`,
      );
    }
    const said = countBasisValue(count.basis);
    if (said !== count.value) {
      add([...path, 'value'], `"${count.basis}" says ${said ?? 'no number'}, not ${count.value}`);
    }
    for (const issue of countMeasureIssues(p.counts!, i, quote.text))
      add([...path, ...issue.keys], issue.reason);
  });

  return issues;
}
