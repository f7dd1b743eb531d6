import nlp from 'compromise';

/** The tense of a sentence's main verb, and where the verb's words are. */
export interface SentenceTense {
  readonly tense: 'past' | 'present' | 'future';
  /** Offsets of the verb's words in the text given. */
  readonly start: number;
  readonly end: number;
}

/**
 * The tense of the first verb phrase in a sentence, as compromise tags it: "had detected" and
 * "have said" are past, "take part" is present, "will set" is future. An undated sentence is
 * dated by it: what was done, by the day it was reported; what is under way, in the week it
 * was reported. Returns `undefined` when compromise finds no verb.
 *
 * @example
 * sentenceTense('It also later sanctioned U.S. Representative Michael McCaul.')
 * // → { tense: 'past', start: 14, end: 24 }
 */
export function sentenceTense(text: string): SentenceTense | undefined {
  const verbs = nlp(text).verbs().json({ offset: true }) as CompromiseVerb[];
  for (const verb of verbs) {
    const tense = verb.verb?.grammar?.tense;
    const said = tense === 'PastTense' ? 'past' : tense === 'FutureTense' ? 'future' : 'present';
    let start = verb.offset.start;
    let end = start + verb.offset.length;
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
    while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
    // An all-capitals word is an acronym compromise took for a verb ("PLAN").
    const words = text.slice(start, end);
    if (end > start && words !== words.toUpperCase()) return { tense: said, start, end };
  }
  return undefined;
}

interface CompromiseVerb {
  readonly offset: { readonly start: number; readonly length: number };
  readonly verb?: { readonly grammar?: { readonly tense?: string } };
}
