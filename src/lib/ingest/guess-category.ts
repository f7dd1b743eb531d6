import type { IncidentCategory } from '../model/vocabulary';

/** A category guessed from words in the text, with the words that decided it. */
export interface CategoryGuess {
  readonly category: IncidentCategory;
  /** The words found, as in the text, for the reviewer. */
  readonly cues: readonly string[];
  /** The category's summed cue weights; 0 when no cue was found. */
  readonly score: number;
}

/** Each cue adds its weight to its category. Weak cues ("said") weigh less. */
const CUES: readonly (readonly [IncidentCategory, number, RegExp])[] = [
  [
    'air-activity',
    1,
    /\b(?:aircraft|(?:war)?planes?|jets?|fighters?|bombers?|drones?|sorties|helicopters?|airspace|balloons?|P-8A?|Poseidon)\b/gi,
  ],
  ['air-activity', 1, /\b(?:ADIZ|air defen[cs]e identification zone|median line|scrambled?)\b/gi],
  [
    'naval-transit',
    1,
    /\b(?:transit(?:ed|s|ing)?|sail(?:ed|s|ing)?|freedom of navigation|passage|destroyers?|warships?|frigates?)\b/gi,
  ],
  ['naval-transit', 0.5, /\b(?:ships?|vessels?)\b/gi],
  [
    'exercise',
    1,
    /\b(?:exercises?|drills?|war games?|live[- ]fire|blockade|manoeuvres|maneuvers|combat readiness|patrols?|sinking|sank)\b/gi,
  ],
  // A coast guard's "law-enforcement patrols" near Kinmen: an operation at sea, not a statement.
  ['exercise', 1, /\blaw[- ]enforcement\b/gi],
  ['meeting', 1, /\b(?:met|meet(?:s|ing|ings)?|talks|summit|visit(?:s|ed|ing)?|trip|hosted)\b/gi],
  ['meeting', 0.5, /\bministers?\b/gi],
  ['launch', 1, /\b(?:rockets?|satellites?)\b/gi],
  ['launch', 0.5, /\b(?:launch(?:ed|es|ing)?|missiles?)\b/gi],
  ['sanction', 2, /\bsanction(?:s|ed|ing)?\b/gi],
  ['sanction', 1, /\b(?:banned|blacklist(?:ed)?|entity list|countermeasures)\b/gi],
  [
    'statement',
    1,
    /\b(?:vow(?:ed|s)?|warn(?:ed|s|ing)?|accus(?:ed|es)|condemn(?:ed|ation)?|spokes(?:man|woman|person)|announced|hyped)\b/gi,
  ],
  ['statement', 0.5, /\b(?:statement|footage)\b/gi],
  ['statement', 0.25, /\b(?:said|says)\b/gi],
  ['arms-and-aid', 1, /\b(?:weapons?|arms|lethal aid|military aid|shipments?|arms sales?)\b/gi],
  ['arms-and-aid', 0.5, /\bparts\b/gi],
  [
    'intelligence',
    1,
    /\b(?:leak(?:ed|s)?|documents|intelligence|classified|spy(?:ing)?|espionage)\b/gi,
  ],
  [
    'conflict',
    1,
    /\b(?:invasion|invaded?|war(?! games?)|offensive|conflict|attack(?:s|ed)?|fighting|casualties)\b/gi,
  ],
];

const AIRCRAFT = /\b(?:aircraft|(?:war)?planes?|jets?|P-8A?|Poseidon|airspace)\b/i;
const VESSEL =
  /\b(?:ships?|vessels?|boats?|destroyers?|frigates?|warships?|cruisers?|carriers?|submarines?|cutters?|USS|USNS|USCGC|HMCS|HMS)\b/i;

/** When two categories score the same, the more specific one wins. */
const PRIORITY: readonly IncidentCategory[] = [
  'launch',
  'sanction',
  'naval-transit',
  'air-activity',
  'exercise',
  'arms-and-aid',
  'intelligence',
  'meeting',
  'conflict',
  'statement',
];

/**
 * Guess an incident's category from cue words: each category has a list of words that speak for
 * it ("aircraft", "ADIZ" for air activity; "sanctioned" for a sanction), and the category with the
 * highest total wins, ties going to the more specific category. With no cue at all the guess is
 * `statement`, score 0. A guess for a reviewer, not a fact: the cues are returned with it.
 *
 * @example
 * guessCategory('China sanctioned US Representative Michael McCaul.')
 * // → { category: 'sanction', cues: ['sanctioned'], score: 2 }
 */
export function guessCategory(text: string): CategoryGuess {
  const scores = new Map<IncidentCategory, { score: number; cues: string[] }>();
  // An aircraft's transit ("A P-8A Poseidon transited the Taiwan Strait") is air activity: with
  // an aircraft named and no ship, the words of a transit speak for air activity.
  const airborne = AIRCRAFT.test(text) && !VESSEL.test(text);
  for (const [cue, weight, re] of CUES) {
    const category = airborne && cue === 'naval-transit' ? 'air-activity' : cue;
    for (const m of text.matchAll(re)) {
      const entry = scores.get(category) ?? { score: 0, cues: [] };
      entry.score += weight;
      if (!entry.cues.includes(m[0])) entry.cues.push(m[0]);
      scores.set(category, entry);
    }
  }
  let best: CategoryGuess = { category: 'statement', cues: [], score: 0 };
  for (const category of PRIORITY) {
    const entry = scores.get(category);
    if (entry && entry.score > best.score)
      best = { category, cues: entry.cues, score: entry.score };
  }
  return best;
}
