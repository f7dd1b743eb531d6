/**
 * Cut a sentence into clauses at dashes, semicolons, brackets and a comma before a conjunction
 * (", and", ", when", ", after"…), as offsets into the sentence. A date's clause is where its
 * place and figures are looked for when one sentence tells several dated events.
 *
 * @example
 * clauseSpans('A trip – which ends on Friday – follows a visit last month, and talks on Sunday.')
 * // → [[0, 6], [9, 29], [32, 58], [60, 80]]
 */
export function clauseSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  const cut =
    /\s+[–—]\s+|\s+-\s+|;\s*|\s*[()]\s*|,\s+(?=(?:and|but|while|when|where|after|before|as)\b)/g;
  let from = 0;
  for (const m of sentence.matchAll(cut)) {
    if (m.index > from) spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < sentence.length) spans.push([from, sentence.length]);
  return spans;
}
