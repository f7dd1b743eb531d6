/**
 * The gazetteer (geodata/gazetteer.json): the names, aliases and demonyms the extractor looks
 * for, and what each stands for: a layer feature (a place), an actor, or both. Parsed from
 * `unknown` like every other geodata file; types are inferred from the schema.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const featureRef = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be layerId/featureId'),
);

export const gazetteerEntrySchema = v.pipe(
  v.object({
    /** The first name is the canonical one, shown as the incident's place name. */
    names: v.pipe(v.array(nonEmpty), v.minLength(1, 'an entry needs at least one name')),
    /** Other spellings and phrasings that mean the same ("Kiev", "around the island"). */
    aliases: v.optional(v.array(nonEmpty)),
    /** Adjectives naming the actor ("Chinese" → China); they never name a place. */
    demonyms: v.optional(v.array(nonEmpty)),
    target: v.pipe(
      v.object({
        /** The layer feature the name stands for, as `layerId/featureId`. */
        feature: v.optional(featureRef),
        /** The actor the name stands for, as the incident's `actors` list spells it. */
        actor: v.optional(nonEmpty),
      }),
      v.check(
        (t) => t.feature !== undefined || t.actor !== undefined,
        'needs a feature or an actor',
      ),
    ),
    /**
     * The name stands for an area larger than the feature's point or shape (a country, a sea,
     * a city shown at one building): the incident's place is then `schematic`.
     */
    region: v.optional(v.boolean()),
    /** Why the feature stands for the name, copied into the incident's place note. */
    note: v.optional(nonEmpty),
  }),
  v.check(
    (e) => (e.demonyms ?? []).length === 0 || e.target.actor !== undefined,
    'demonyms name an actor, so the target needs an actor',
  ),
);

const gazetteerObjectSchema = v.object({
  description: v.optional(nonEmpty),
  entries: v.array(gazetteerEntrySchema),
  /** Phrases read as nothing, so that their parts are not read ("Philippine Sea", "Cold War"). */
  ignore: v.optional(v.array(nonEmpty)),
});

export const gazetteerSchema = v.pipe(
  gazetteerObjectSchema,
  v.check(
    (g) => duplicateTerm(g) === undefined,
    (issue) =>
      `"${duplicateTerm(issue.input as v.InferOutput<typeof gazetteerObjectSchema>) ?? ''}" is listed twice: every name, alias, demonym and ignored phrase must be unique, ignoring case`,
  ),
);

export type GazetteerEntry = Readonly<v.InferOutput<typeof gazetteerEntrySchema>>;
export type Gazetteer = Readonly<v.InferOutput<typeof gazetteerSchema>>;

function duplicateTerm(g: {
  readonly entries: readonly {
    readonly names: readonly string[];
    readonly aliases?: readonly string[] | undefined;
    readonly demonyms?: readonly string[] | undefined;
  }[];
  readonly ignore?: readonly string[] | undefined;
}): string | undefined {
  const seen = new Set<string>();
  const terms = [
    ...g.entries.flatMap((e) => [...e.names, ...(e.aliases ?? []), ...(e.demonyms ?? [])]),
    ...(g.ignore ?? []),
  ];
  for (const term of terms) {
    const key = term.toLowerCase().replace(/[’‘]/g, "'");
    if (seen.has(key)) return term;
    seen.add(key);
  }
  return undefined;
}
