import type { LayerFeature } from '../model/schema';
import type { GazetteerMatch } from './match-gazetteer';

/** The place an incident is shown at, and how it was chosen. */
export interface PlaceChoice {
  readonly match: GazetteerMatch;
  /** `layerId/featureId`. */
  readonly ref: string;
  readonly feature: LayerFeature;
  /**
   * `named`: the text names the place. `actor`: no place is named, so the first actor with a
   * place in the gazetteer stands in (China → Beijing).
   */
  readonly how: 'named' | 'actor';
  /** The other places the text names, in text order. */
  readonly others: readonly GazetteerMatch[];
}

/**
 * Which kinds of feature say most about where something happened, most specific first: a site
 * beats a zone it lies in, an ADIZ sector beats the line crossed to reach it, which beats the
 * whole ADIZ. Kinds not listed come after these.
 */
const KIND_ORDER = [
  'site',
  'transit',
  'place',
  'adiz-sector',
  'zone',
  'median-line',
  'corridor',
  'adiz',
  'adiz-boundary',
];

/**
 * Choose the incident's place from the gazetteer matches of its sentences. A name is a place
 * candidate when its entry has a feature, it is not a demonym, and, if it also stands for an
 * actor, it follows a place preposition ("in Kiev", not "Kiev said"). Candidates are ranked:
 * names standing for a feature are before names of a region (a country, a sea); a place named
 * as where something came from ("flew from the East China Sea between Yonaguni and Taiwan") is
 * after the others of its class; then by the feature's kind (`KIND_ORDER`), then by position. With no candidate, the first
 * actor whose entry has a feature stands in.
 *
 * @example
 * choosePlace(matchGazetteer('… crossed the median line into its southeast ADIZ', g), features)
 * // → { ref: 'adiz/taiwan-adiz-southeast', how: 'named', … }
 */
export function choosePlace(
  matches: readonly GazetteerMatch[],
  features: ReadonlyMap<string, LayerFeature>,
): PlaceChoice | undefined {
  const withFeature = matches.flatMap((match) => {
    const ref = match.entry.target.feature;
    const feature = ref === undefined ? undefined : features.get(ref);
    return ref && feature ? [{ match, ref, feature }] : [];
  });
  const candidates = withFeature.filter(
    ({ match }) =>
      match.via !== 'demonym' && (match.entry.target.actor === undefined || match.locative),
  );
  const rank = (c: (typeof candidates)[number]) => {
    const kind = KIND_ORDER.indexOf(c.feature.properties.kind);
    return (
      (c.match.entry.region ? 100 : 0) +
      (c.match.origin ? 50 : 0) +
      (kind < 0 ? KIND_ORDER.length : kind)
    );
  };
  const best = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
  if (best) {
    const others = candidates.filter((c) => c.ref !== best.ref).map((c) => c.match);
    return { ...best, how: 'named', others };
  }
  const actor = withFeature.find(({ match }) => match.entry.target.actor !== undefined);
  return actor ? { ...actor, how: 'actor', others: [] } : undefined;
}
