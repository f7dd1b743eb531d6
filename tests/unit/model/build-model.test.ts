import { describe, expect, it } from 'vitest';
import { buildModel, buildModelSteps } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { JsonText, parseJsonText } from '../../../src/lib/model/parse-json-text';
import {
  collection,
  createIncidentJson,
  createLayerFeatureJson,
  createQuote,
  createRawFiles,
  createSourceMeta,
  SOURCE_TEXT,
} from '../../support/create';

const messages = (files: Parameters<typeof buildModel>[0]) =>
  buildModel(files).issues.map(formatIssue);

describe('buildModel', () => {
  it('accepts valid files with no issues', () => {
    const model = buildModel(createRawFiles());
    expect(model.issues).toEqual([]);
    expect(model.incidents.map((i) => i.id)).toEqual(['test-incident']);
    expect(model.layers.get('adiz')?.map((f) => f.id)).toEqual(['test-zone']);
    expect(Object.isFrozen(model.incidents[0]!.properties.quotes[0])).toBe(true);
  });

  // One broken input per failure kind: the message names the file, the feature and the reason,
  // and the valid data beside it is kept.
  const good = createIncidentJson({}, { id: 'good-incident' });
  const cases: [string, Parameters<typeof createRawFiles>[0], string][] = [
    [
      'a quote not at its offsets',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { quotes: [createQuote({ start: 13, end: 13 + createQuote().text.length })] },
          ),
        ),
      },
      'geodata/incidents/test-source.geojson › test-incident › properties.quotes[0]: text is not at 13–',
    ],
    [
      'a quote not found anywhere',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            {
              quotes: [
                createQuote({ text: 'On Sunday the ministry said', end: createQuote().start + 27 }),
              ],
            },
          ),
        ),
      },
      'test-incident › properties.quotes[0]: text is not found verbatim anywhere in the source',
    ],
    [
      'an incident without quotes',
      { incidents: collection(good, createIncidentJson({}, { quotes: [] })) },
      'test-incident › properties.quotes: an incident needs at least one quote',
    ],
    [
      'a count its quote does not contain',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { counts: [{ unit: 'aircraft', value: 19, basis: '19', quote: 0, what: 'aircraft' }] },
          ),
        ),
      },
      'test-incident › properties.counts[0].basis: the figure "19" does not occur in quote 0',
    ],
    [
      'a count whose words say another number',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { counts: [{ unit: 'ships', value: 5, basis: 'four', quote: 0, what: 'warships' }] },
          ),
        ),
      },
      'properties.counts[0].value: "four" says 4, not 5',
    ],
    [
      'an impossible date',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { date: { ...createIncidentJson().properties.date, value: '2023-02-30' } },
          ),
        ),
      },
      'test-incident › properties.date.value: is not a real calendar date',
    ],
    [
      'a date its rule does not give',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { date: { ...createIncidentJson().properties.date, value: '2023-04-15' } },
          ),
        ),
      },
      '"On Sunday" by rule "weekday" from 2023-04-17 gives 2023-04-16 (day), not 2023-04-15 (day)',
    ],
    [
      'a link to a missing layer feature',
      {
        incidents: collection(
          good,
          createIncidentJson(
            {},
            { place: { name: 'x', precision: 'exact', feature: 'adiz/nowhere' } },
          ),
        ),
      },
      'properties.place.feature: no layer feature "adiz/nowhere" (the incident is kept at its own point)',
    ],
    [
      'latitude and longitude swapped out of range',
      {
        incidents: collection(
          good,
          createIncidentJson({ geometry: { type: 'Point', coordinates: [22, 121] } }),
        ),
      },
      'test-incident › geometry.coordinates: must be [longitude, latitude] within [-180..180, -90..90] (RFC 7946 order)',
    ],
    [
      'an unclosed polygon ring',
      {
        layer: collection(
          createLayerFeatureJson({
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [120, 21],
                  [122, 21],
                  [122, 23],
                  [120, 23],
                ],
              ],
            },
          }),
        ),
      },
      'geodata/adiz.geojson › test-zone › geometry.coordinates[0]: a linear ring must be closed (first position equals last)',
    ],
    [
      'a drawn shape that does not say how it was drawn',
      { layer: collection(createLayerFeatureJson({}, { drawing: undefined })) },
      'test-zone: approximate and schematic features must say how they were drawn (properties.drawing)',
    ],
    [
      'a file that is not a FeatureCollection',
      { incidents: { type: 'Feature' } },
      'geodata/incidents/test-source.geojson: is not a GeoJSON FeatureCollection',
    ],
    [
      'duplicate ids',
      { incidents: collection(good, good) },
      'good-incident › id: duplicate id "good-incident"',
    ],
    [
      'a source text changed after its quotes were made',
      { text: `${SOURCE_TEXT} ` },
      "sha256: the text's SHA-256 is",
    ],
    [
      'a source with a bad publication date',
      { meta: createSourceMeta({ published: '2023-13-01' }) },
      'geodata/sources/test-source.json › published: is not a real calendar date',
    ],
  ];

  it.each(cases)(
    'rejects %s with a message naming file, feature and reason',
    (_, parts, expected) => {
      const found = messages(createRawFiles(parts));
      expect(
        found.some((m) => m.includes(expected)),
        `got:\n${found.join('\n')}`,
      ).toBe(true);
    },
  );

  it('marks incidents from draft files as drafts and keeps the rest reviewed', () => {
    const files = createRawFiles();
    const model = buildModel({
      ...files,
      incidents: [
        ...files.incidents,
        {
          file: 'geodata/incidents/drafts/x.geojson',
          json: collection(createIncidentJson({}, { id: 'draft-one' })),
          draft: true,
        },
      ],
    });
    expect(model.issues).toEqual([]);
    expect([...model.draftIds]).toEqual(['draft-one']);
    expect(model.incidents.map((i) => i.id).sort()).toEqual(['draft-one', 'test-incident']);
  });

  it('keeps the valid incident when another in the same file is broken', () => {
    const model = buildModel(
      createRawFiles({ incidents: collection(good, createIncidentJson({}, { quotes: [] })) }),
    );
    expect(model.incidents.map((i) => i.id)).toEqual(['good-incident']);
    expect(model.issues).toHaveLength(1);
  });
});

/** The values a generator yields (not the one it returns). */
function* iterate<T>(steps: Generator<T, unknown>): Generator<T> {
  for (let step = steps.next(); !step.done; step = steps.next()) yield step.value;
}

describe('incident files given as text (JsonText)', () => {
  const json = collection(createIncidentJson());
  const asText = (text: string, features: number) =>
    createRawFiles({ incidents: new JsonText(text, features) });

  it('are parsed at their turn and give the same model as the parsed file', () => {
    const model = buildModel(asText(JSON.stringify(json), 1));
    expect(model).toEqual(buildModel(createRawFiles({ incidents: json })));
    expect(model.incidents.map((i) => i.id)).toEqual(['test-incident']);
  });

  it('count their features for the progress before they are parsed, in a slice of their own', () => {
    const steps = buildModelSteps(asText(JSON.stringify(json), 1));
    // The first step is the one before the text is parsed: nothing done yet, of 2 × 1 feature.
    expect(steps.next().value).toEqual({ done: 0, total: 2, incidents: 1 });
  });

  it('name the file when the text is not JSON, and keep the rest', () => {
    const files = asText('{"type": "FeatureCollection",', 1);
    expect(messages(files)).toEqual([
      expect.stringMatching(/^geodata\/incidents\/test-source\.geojson: is not valid JSON: /),
    ]);
    expect(buildModel(files).layers.get('adiz')).toHaveLength(1);
    // Its features count as done: with a good file after it, the progress reaches its total.
    const both = {
      ...files,
      incidents: [
        { file: 'geodata/incidents/broken.geojson', json: new JsonText('{', 1) },
        { file: 'geodata/incidents/test-source.geojson', json },
      ],
    };
    const values = [...iterate(buildModelSteps(both))];
    expect(values.at(-1)).toEqual({ done: 4, total: 4, incidents: 2 });
  });
});

describe('parseJsonText', () => {
  it('names the file and the parser position for broken JSON', () => {
    const result = parseJsonText('geodata/adiz.geojson', '{"type": "FeatureCollection",');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatIssue(result.issue)).toMatch(/^geodata\/adiz\.geojson: is not valid JSON: /);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseJsonText('big.geojson', 'x'.repeat(2000), 1024);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issue.reason).toMatch(/is too large \(2 KiB; the limit is 1 KiB\)/);
  });
});
