import type { DashboardModel } from '../model/build-model';
import { INCIDENTS_LAYER, LAYERS, type ToggleId } from '../model/layer-registry';
import type { RecordFreshness } from '../model/record/record-freshness';
import { RECORD_PUBLISHER, TABULATIONS } from '../model/record/record-tabulations';
import type { Source } from '../model/source';

/** One credit: what, whose, under which terms, and where to read more. */
export interface Credit {
  readonly what: string;
  readonly credit: string;
  readonly licence: string;
  readonly url?: string;
  /** The citations it rests on (a layer's shapes each cite where they come from). */
  readonly cites?: readonly string[];
}

/** A tabulation of the record, with the upstream commit its CSV was read at. */
export interface TabulationCredit extends Credit {
  readonly commit?: string;
  readonly commitUrl?: string;
  readonly committed?: string;
  /** When it was read (`npm run update`); absent for the first conversion. */
  readonly read?: string;
  readonly note?: string;
}

/** The credits and licences of everything a brief shows. */
export interface BriefCredits {
  /** The sources quoted, one each. */
  readonly sources: readonly Credit[];
  /** The map: the basemap, its font, and each layer drawn with the citations of its shapes. */
  readonly map: readonly Credit[];
  /** MND, whose figures the record holds, then each tabulation at its commit. */
  readonly record: readonly Credit[];
  readonly tabulations: readonly TabulationCredit[];
}

/**
 * The basemap's credits (geodata/basemap/README.md, "Licence and credit"; the map's attribution
 * says the same in `basemap-style.ts`) and the label font's.
 */
export const BASEMAP_CREDITS: readonly Credit[] = [
  {
    what: 'Basemap: land, borders and labels',
    credit: 'Made with Natural Earth',
    licence: 'public domain',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    what: 'Basemap: land in the Taiwan Strait (zoom 5 and closer)',
    credit: '© OpenStreetMap contributors',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    what: 'Map labels: Noto Sans',
    credit: 'Google and the Noto project',
    licence: 'SIL Open Font License 1.1',
  },
];

/** What a quoted text is to us: quoted for verification, its publisher's. */
export const SOURCE_TERMS = 'quoted for verification; the text remains its publisher’s';

/** Our own data: the incidents, the layers we compiled, the gazetteer. */
export const OUR_DATA_TERMS = 'Straitwatch’s compilation from the cited public sources, CC0';

/**
 * The credits of a brief: every source it quotes, the basemap and each layer shown (with the
 * citations its shapes give), MND and both tabulations with the commit each was read at
 * (from `provenance.json`, through the record's freshness).
 *
 * @example
 * briefCredits(model, ['dailymail-2023-04-17'], ['adiz', 'incidents'], freshness).tabulations[0]
 * // → { what: 'taiwan-strait-tracker (eskim19)', licence: 'MIT', commit: '466b2f5b', … }
 */
export function briefCredits(
  model: DashboardModel,
  sourceIds: readonly string[],
  shownLayers: readonly ToggleId[],
  freshness: RecordFreshness | undefined,
): BriefCredits {
  const sources = [...new Set(sourceIds)].flatMap((id) => {
    const source: Source | undefined = model.sources.get(id);
    if (!source) return [];
    const m = source.meta;
    return [
      {
        what: `${m.outlet}, “${m.title}”, ${m.published}${m.author ? `, by ${m.author}` : ''}`,
        credit: m.outlet,
        licence: SOURCE_TERMS,
        ...(m.url ? { url: m.url } : {}),
      },
    ];
  });
  const layers = LAYERS.filter((l) => shownLayers.includes(l.id)).map((l) => {
    const cited = [...new Set((model.layers.get(l.id) ?? []).map((f) => f.properties.source))];
    return {
      what: `Layer: ${l.name}`,
      credit: cited.length > 0 ? 'its shapes cite' : 'no shape of it is loaded',
      licence: OUR_DATA_TERMS,
      cites: cited,
    };
  });
  const incidents = shownLayers.includes(INCIDENTS_LAYER.id)
    ? [{ what: 'Incidents', credit: 'read from the sources quoted', licence: OUR_DATA_TERMS }]
    : [];
  const tabulations = TABULATIONS.map((t): TabulationCredit => {
    const s = freshness?.tabulations.find((f) => f.id === t.id)?.source;
    return {
      what: `${t.project} (${t.id}), ${t.path}, reading ${t.reads}`,
      credit: t.repository.replace(/^https:\/\/github\.com\//, ''),
      licence: t.licence,
      url: t.repository,
      ...(s
        ? {
            commit: s.commit,
            ...(s.commitUrl ? { commitUrl: s.commitUrl } : {}),
            committed: s.committed,
            ...(s.read ? { read: s.read } : {}),
            ...(s.note ? { note: s.note } : {}),
          }
        : {}),
    };
  });
  return {
    sources,
    map: [...BASEMAP_CREDITS, ...layers, ...incidents],
    record: [
      {
        what: 'MND’s daily reports of PLA activity around Taiwan',
        credit: RECORD_PUBLISHER.name,
        licence: RECORD_PUBLISHER.licence,
        url: RECORD_PUBLISHER.licenceUrl,
      },
    ],
    tabulations,
  };
}
