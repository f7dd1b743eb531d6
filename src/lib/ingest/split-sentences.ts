import nlp from 'compromise';

/** A sentence of a source text, at UTF-16 offsets; `text === source.slice(start, end)`. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (a line of the source) the sentence is in. */
  readonly paragraph: number;
}

/**
 * Cut a text into sentences with compromise, one paragraph (line) at a time, so that no
 * sentence spans a line break (headlines and photo captions stay apart from the body). Every
 * sentence is an exact slice of the text, trimmed of surrounding white space, and together the
 * sentences cover every non-blank character: text compromise leaves out is kept as a sentence
 * of its own.
 *
 * @example
 * splitSentences('Title\n\nIt sailed on Sunday. The U.S. Navy said so.')
 * // → [{ start: 0, end: 5, text: 'Title', paragraph: 0 },
 * //    { start: 7, end: 27, text: 'It sailed on Sunday.', paragraph: 1 },
 * //    { start: 28, end: 50, text: 'The U.S. Navy said so.', paragraph: 1 }]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of lines(text)) {
    const spans: [number, number][] = [];
    let cursor = line.start;
    // Tokenized, not tagged: sentences are cut before tagging, and tagging every line took most of
    // the time this function takes (docs/ingest.md, "How long it takes").
    for (const candidate of nlp.tokenize(line.text).sentences().out('array') as string[]) {
      const words = candidate.trim();
      if (words === '') continue;
      const at = text.indexOf(words, cursor);
      if (at < 0 || at + words.length > line.end) continue;
      spans.push([at, at + words.length]);
      cursor = at + words.length;
    }
    // Whatever compromise did not return as a sentence becomes one, so nothing is lost.
    const covered: [number, number][] = [];
    let from = line.start;
    for (const [start, end] of [...spans, [line.end, line.end] as [number, number]]) {
      const gap = trimSpan(text, from, start);
      if (gap) covered.push(gap);
      if (end > start) covered.push([start, end]);
      from = end;
    }
    for (const [start, end] of covered)
      sentences.push({ start, end, text: text.slice(start, end), paragraph });
    paragraph += 1;
  }
  return sentences;
}

function lines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : undefined;
}
