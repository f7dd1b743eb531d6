/**
 * `npm run verify` on temporary copies of geodata/, each broken in one way: the check must name
 * the file, the incident and the reason. geodata/ itself is only read.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readVerifyInput, reportLines } from '../../../scripts/commands/verify';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { verifyGeodata } from '../../../src/lib/ingest/verify-geodata';
import { GEODATA_DIR } from '../../support/geodata';
import { copyGeodata, removeGeodataCopies } from '../../support/ingest';

const SEED = 'dailymail-2023-04-17';
const INCIDENTS = `incidents/${SEED}.geojson`;

interface IncidentFile {
  features: {
    id: string;
    properties: {
      quotes: { source: string; start: number; end: number }[];
      counts: {
        basis: string;
        value: number;
        measure?: { words: string; of?: number; regions?: string[] };
      }[];
      place: { feature?: string };
    };
  }[];
}

function editJson<T>(root: string, file: string, edit: (json: T) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

const incident = (json: IncidentFile, id: string) =>
  json.features.find((f) => f.id === id)!.properties;

function problems(root: string): string[] {
  const report = verifyGeodata(readVerifyInput(root));
  return [...report.errors, ...report.draftErrors].map(formatIssue);
}

afterEach(removeGeodataCopies);

describe('verify', () => {
  it('finds no problem in the repository’s geodata/', () => {
    expect(problems(GEODATA_DIR)).toEqual([]);
  });

  it('catches a quote moved by one character', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      const q = incident(json, 'dm-2023-04-17-kyiv-chinese-parts-russian-weapons').quotes[0]!;
      q.start += 1;
      q.end += 1;
    });
    expect(problems(root)).toEqual([
      expect.stringMatching(
        /^geodata\/incidents\/dailymail-2023-04-17\.geojson › dm-2023-04-17-kyiv-chinese-parts-russian-weapons › properties\.quotes\[0\]: text is not at 3663–3811 .*it occurs at 3662–3810$/,
      ),
    ]);
  });

  it('catches a count that its quote does not contain', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      const count = incident(json, 'dm-2023-04-17-pla-aircraft-adiz-54').counts[0]!;
      count.basis = '55';
      count.value = 55;
    });
    expect(problems(root)).toEqual([
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-pla-aircraft-adiz-54 › properties.counts[0].basis: the figure "55" does not occur in quote 0',
    ]);
  });

  it('catches a count whose words do not say its value', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      incident(json, 'dm-2023-04-17-pla-aircraft-adiz-54').counts[0]!.value = 45;
    });
    expect(problems(root)).toEqual([
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-pla-aircraft-adiz-54 › properties.counts[0].value: "54" says 54, not 45',
    ]);
  });

  it('catches a measure whose words are not in its quote, and a part larger than its whole', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      const counts = incident(json, 'dm-2023-04-17-taiwan-mnd-warships-aircraft').counts;
      counts[1]!.measure!.words = 'had spotted';
      counts[2]!.measure!.of = 0;
    });
    expect(problems(root)).toEqual([
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-taiwan-mnd-warships-aircraft › properties.counts[1].measure.words: "had spotted" does not occur in the count\'s quote',
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-taiwan-mnd-warships-aircraft › properties.counts[2].measure.of: count 0 is in ships, not aircraft',
    ]);
  });

  it('catches a region its words and quote do not name', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      incident(json, 'dm-2023-04-17-pla-aircraft-adiz-54').counts[0]!.measure!.regions = [
        'southwest',
        'north',
      ];
    });
    expect(problems(root)).toEqual([
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-pla-aircraft-adiz-54 › properties.counts[0].measure.regions: the region "north" is not named in the words or the quote',
    ]);
  });

  it('catches a broken row of the record, naming its file, line and column', () => {
    const root = copyGeodata();
    const path = join(root, 'record', 'madeye-taiwan-strait-monitor.csv');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('https://www.mnd.gov.tw/news/plaact/84960', 'http://x'),
    );
    expect(problems(root)).toEqual([
      'geodata/record/madeye-taiwan-strait-monitor.csv › line 2 › source_url: must be the report’s address on https://www.mnd.gov.tw/ (or empty)',
    ]);
  });

  it('catches a figure of the record changed by hand, by its checksums in provenance.json and SHA256SUMS', () => {
    const root = copyGeodata();
    const path = join(root, 'record', 'eskim19-taiwan-strait-tracker.csv');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('\r\n2023-04-11,91,', '\r\n2023-04-11,92,'),
    );
    expect(problems(root)).toEqual([
      expect.stringMatching(
        /^geodata\/record\/provenance\.json › eskim19 › csv\.sha256: is 2b1a6f54[0-9a-f]{56}, but geodata\/record\/eskim19-taiwan-strait-tracker\.csv's is [0-9a-f]{64}: the CSV changed after it was written from 466b2f5b/,
      ),
      expect.stringMatching(
        /^geodata\/record\/SHA256SUMS › eskim19-taiwan-strait-tracker\.csv: its SHA-256 is [0-9a-f]{64}, not 2b1a6f54/,
      ),
    ]);
  });

  it('catches a provenance.json that is edited, invalid or lacks a tabulation', () => {
    const root = copyGeodata();
    const path = join(root, 'record', 'provenance.json');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('"rows": 316', '"rows": 317'));
    expect(problems(root)).toEqual([
      'geodata/record/provenance.json › madeye › csv.rows: is 317, but geodata/record/madeye-taiwan-strait-monitor.csv has 316 rows',
      expect.stringMatching(/^geodata\/record\/SHA256SUMS › provenance\.json: its SHA-256 is /),
    ]);
    const json = JSON.parse(original) as { tabulations: { commit: string }[] };
    json.tabulations[0]!.commit = 'not-a-commit';
    json.tabulations.pop();
    writeFileSync(path, JSON.stringify(json));
    expect(problems(root).slice(0, 1)).toEqual([
      'geodata/record/provenance.json › tabulations[0].commit: must be a commit hash (7 to 40 hex digits)',
    ]);
    json.tabulations[0]!.commit = '466b2f5b';
    writeFileSync(path, JSON.stringify(json));
    expect(problems(root).slice(0, 1)).toEqual([
      'geodata/record/provenance.json › madeye › id: has no entry for madeye',
    ]);
  });

  it('catches a broken hash, and says why the source’s incidents fail', () => {
    const root = copyGeodata();
    const textPath = join(root, `sources/${SEED}.txt`);
    writeFileSync(textPath, readFileSync(textPath, 'utf8').replace('54 Chinese', '55 Chinese'));
    const found = problems(root);
    expect(found[0]).toMatch(
      /^geodata\/sources\/dailymail-2023-04-17\.json › dailymail-2023-04-17 › sha256: the text's SHA-256 is [0-9a-f]{64}, not 7f4c3ace/,
    );
    expect(found.slice(1).length).toBeGreaterThan(0);
    for (const line of found.slice(1))
      expect(line).toMatch(/quotes\[\d+\]\.source: source "dailymail-2023-04-17" was refused/);
  });

  it('catches an orphan quote, an unknown place and a duplicate id across files', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      incident(json, 'dm-2023-04-17-g7-summit-hiroshima').quotes[0]!.source = 'no-such-source';
      incident(json, 'dm-2023-04-17-g7-ministers-karuizawa').place.feature = 'g7-japan-2023/nagano';
    });
    const original = JSON.parse(readFileSync(join(GEODATA_DIR, INCIDENTS), 'utf8'));
    writeFileSync(
      join(root, 'incidents/copy.geojson'),
      JSON.stringify({ type: 'FeatureCollection', features: [original.features[0]] }),
    );
    const found = problems(root);
    expect(found).toContain(
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-g7-summit-hiroshima › properties.quotes[0].source: unknown source "no-such-source"',
    );
    expect(found).toContain(
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-g7-ministers-karuizawa › properties.place.feature: no layer feature "g7-japan-2023/nagano" (the incident is kept at its own point)',
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        // Files are read in name order, so the copy comes first and the original is refused.
        /^geodata\/incidents\/dailymail-2023-04-17\.geojson › dm-2023-04-17-russia-invades-ukraine › id: duplicate incident id across files/,
      ),
    );
  });

  it('catches a source nothing quotes, unless its note says it has no incidents', () => {
    const root = copyGeodata();
    writeFileSync(
      join(root, INCIDENTS),
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
    );
    expect(problems(root)).toEqual([
      'geodata/sources/dailymail-2023-04-17.json › dailymail-2023-04-17: no incident or draft quotes this source (if that is meant, say "no incidents" in its note)',
    ]);
    editJson<{ note?: string }>(root, `sources/${SEED}.json`, (meta) => {
      meta.note = 'Background only: no incidents.';
    });
    expect(problems(root)).toEqual([]);
  });

  it('catches a source text without metadata and a file not named after its id', () => {
    const root = copyGeodata();
    writeFileSync(join(root, 'sources/stray.txt'), 'Some text.');
    cpSync(join(root, `sources/${SEED}.json`), join(root, 'sources/renamed.json'));
    cpSync(join(root, `sources/${SEED}.txt`), join(root, 'sources/renamed.txt'));
    const found = problems(root);
    expect(found).toContain(
      'geodata/sources/stray.txt: has no metadata file geodata/sources/stray.json',
    );
    expect(found).toContain(
      'geodata/sources/renamed.json › dailymail-2023-04-17 › id: the file must be named dailymail-2023-04-17.json',
    );
  });

  it('re-checks drafts and reports them apart', () => {
    const root = copyGeodata();
    const original = JSON.parse(readFileSync(join(GEODATA_DIR, INCIDENTS), 'utf8'));
    const [first, second] = original.features;
    first.properties.quotes[0].end += 1;
    mkdirSync(join(root, 'incidents/drafts'));
    writeFileSync(
      join(root, `incidents/drafts/${SEED}.geojson`),
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          first,
          { ...second, id: 'draft-x', properties: { ...second.properties, id: 'draft-x' } },
        ],
      }),
    );
    const report = verifyGeodata(readVerifyInput(root));
    expect(report.errors).toEqual([]);
    expect(report.draftErrors.map(formatIssue)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^geodata/incidents/drafts/${SEED}\\.geojson › ${first.id} › properties\\.quotes\\[0\\]: text is not at`,
        ),
      ),
      `geodata/incidents/drafts/${SEED}.geojson › ${first.id} › id: duplicate incident id across incident and draft files`,
    ]);
    expect(report.totals).toMatchObject({ draftFiles: 1, drafts: 2 });
    expect(reportLines(report).at(-1)).toMatch(/: 2 problems \(2 in drafts\)$/);
    expect(reportLines(report)[0]).toMatch(/^draft: geodata\/incidents\/drafts\//);
  });

  it('catches a gazetteer entry that points at no feature', () => {
    const root = copyGeodata();
    editJson<{ entries: { target: { feature?: string } }[] }>(root, 'gazetteer.json', (g) => {
      g.entries[0]!.target.feature = 'taiwan-strait/no-such-line';
    });
    expect(problems(root)).toEqual([
      'geodata/gazetteer.json › Taiwan Strait › entries[0].target.feature: no layer feature "taiwan-strait/no-such-line"',
    ]);
  });

  it('exits 1 from the command line, with one line per problem and a summary', () => {
    const root = copyGeodata();
    editJson<IncidentFile>(root, INCIDENTS, (json) => {
      incident(json, 'dm-2023-04-17-pla-aircraft-adiz-54').counts[0]!.value = 45;
    });
    let status = 0;
    let out = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/commands/verify.ts', '--root', root], {
        encoding: 'utf8',
      });
    } catch (error) {
      status = (error as { status: number }).status;
      out = (error as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      'geodata/incidents/dailymail-2023-04-17.geojson › dm-2023-04-17-pla-aircraft-adiz-54 › properties.counts[0].value: "54" says 54, not 45',
      expect.stringMatching(
        /^verify: 1 source, 26 incidents in 1 file, 0 drafts in 0 files, 5 layers, \d+ gazetteer entries, 2 record tabulations \(1330 reports\): 1 problem \(0 in drafts\)$/,
      ),
    ]);
  }, 60_000);
});
