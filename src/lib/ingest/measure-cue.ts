/**
 * What a figure in a sentence counts, read from the words around it (MND's English report
 * formula and wire copy): the measure's kind, the words that say so, and the ADIZ regions named.
 * Used by `extractCounts`; docs/ingest.md lists the cues.
 */
import { adizRegionsNamed } from '../model/adiz-regions-named';
import type { CountMeasureField } from '../model/schema';
import type { CountUnit } from '../model/vocabulary';

/** A measure as the sentence gives it; `of` and `dated` are the incident's to settle. */
export type MeasureCue = Pick<CountMeasureField, 'kind' | 'words' | 'regions'>;

/**
 * What the aircraft did, right after the figure: "crossed the median line and entered Taiwan's
 * northern, central, southwestern and eastern ADIZ", "had passed the southwestern ADIZ", "had
 * entered Taiwan's southwestern and southeastern air defense identification zone", and in MND's
 * press releases "crossing the median line of the Strait and extending to the south-west
 * airspace" (the ministry's "airspace" of a region is that part of its ADIZ). Runs to the last
 * mention of the line, the zone or a region's airspace before a stop, a bracket or a dash.
 */
const MEDIAN_OR_ADIZ =
  /^\s*((?:(?:had|have|has|were|was)\s+(?:also\s+)?(?:been\s+)?)?(?:crossed|entered|passed|flew|flown|crossing|entering|passing|flying)\b[^.;()–—]*(?:median line|ADIZ|air defen[cs]e identification zone|\b(?:north|south|east|west|central)(?:[- ]?(?:west|east))?(?:ern)?\s+airspace))/i;

/** The verb that says the figure was detected by the ministry, or was operating around Taiwan. */
const DETECTED =
  /\b(?:(?:were|was|had been|have been|has been|had|have|has)\s+)?(?:detected|spotted|tracked)\b|\b(?:were|was|had been)\s+operating\b|\boperat(?:ing|ed) (?:around|near) (?:Taiwan|the island)\b/i;

const NAVY =
  /\b(?:warships?|[Nn]avy|[Nn]aval|PLAN|destroyers?|frigates?|corvettes?|cruisers?|submarines?|carriers?)\b/;
const OFFICIAL = /\b(?:coast ?guard|official|CCG)\b/i;
const TAKING_PART = /\b(?:take|took|taking|takes) part\b|\bparticipat(?:e|ed|es|ing)\b/i;

/**
 * The words after a figure that say aircraft crossed the median line or entered the ADIZ, when
 * they do.
 *
 * @example
 * medianOrAdizWords(' crossed the median line into its southeast ADIZ.') // → 'crossed the median line into its southeast ADIZ'
 */
export function medianOrAdizWords(after: string): string | undefined {
  return MEDIAN_OR_ADIZ.exec(after)?.[1];
}

/**
 * The measure of a figure of `unit`, given the words naming what is counted (`what`), the words
 * right after the figure's phrase (`after`) and the whole sentence; `undefined` when no cue
 * says it is one of the record's measures (a subset's measure comes from `after` only).
 *
 * @example
 * measureCue('aircraft', 'PLA aircraft', ', 8 PLAN vessels … were detected up until 6 a.m.', sentence)
 * // → { kind: 'aircraft-detected', words: 'were detected' }
 */
export function measureCue(
  unit: CountUnit,
  what: string,
  after: string,
  sentence: string,
  options: { readonly part?: boolean } = {},
): MeasureCue | undefined {
  if (unit === 'aircraft') {
    const crossed = medianOrAdizWords(after);
    if (crossed) {
      const regions = adizRegionsNamed(crossed);
      return {
        kind: 'aircraft-median-or-adiz',
        words: crossed,
        ...(regions.length > 0 ? { regions } : {}),
      };
    }
    if (options.part) return undefined;
    const detected = DETECTED.exec(sentence)?.[0];
    return detected ? { kind: 'aircraft-detected', words: detected } : undefined;
  }
  if (unit === 'ships') {
    if (OFFICIAL.test(what)) return { kind: 'official-ships', words: what };
    if (NAVY.test(what) || DETECTED.test(sentence)) return { kind: 'navy-vessels', words: what };
    return undefined;
  }
  if (unit === 'balloons') {
    const detected = DETECTED.exec(sentence)?.[0];
    return detected ? { kind: 'balloons-detected', words: detected } : undefined;
  }
  if (unit !== 'troops') return undefined;
  const part = TAKING_PART.exec(sentence)?.[0];
  return part ? { kind: 'troops-taking-part', words: part } : undefined;
}

/**
 * Whether a sentence dates its figures by MND's reporting window ("up until 6 a.m. (UTC+8)
 * today", "by 6 a.m.", "in the 24 hours to 6 a.m."): the figures are then a report's, not a
 * day's activity.
 *
 * @example
 * saysReportWindow('… were detected up until 6 a.m. (UTC+8) today.') // → true
 * saysReportWindow('… were operating near the island on Saturday.') // → false
 */
export function saysReportWindow(sentence: string): boolean {
  return /\b(?:up until|until|by|as of|to|before)\s+6\s*(?:a\.m\.|am\b)|\b24 hours\b/i.test(
    sentence,
  );
}
