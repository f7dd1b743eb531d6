import { ADIZ_REGIONS, type AdizRegion } from './vocabulary';

/** The words that name each region in English reporting ("southwestern", "south-west", …). */
const REGION_PATTERNS: Readonly<Record<AdizRegion, RegExp>> = {
  north: /\bnorth(?:ern)?\b(?![- ]?(?:west|east))/i,
  central: /\bcentral\b/i,
  southwest: /\bsouth[- ]?west(?:ern)?\b/i,
  southeast: /\bsouth[- ]?east(?:ern)?\b/i,
  south: /\bsouth(?:ern)?\b(?![- ]?(?:west|east))/i,
  east: /(?<![-\w]|south |north )east(?:ern)?\b/i,
};

/** MND's abbreviations in its posts ("Taiwan's SW, SE, and eastern ADIZ"), capitals only. */
const ABBREVIATIONS: Readonly<Record<AdizRegion, RegExp>> = {
  north: /(?<![\w.])N(?![\w.])/,
  central: /(?<![\w.])C(?![\w.])/,
  southwest: /(?<![\w.])SW(?![\w.])/,
  southeast: /(?<![\w.])SE(?![\w.])/,
  south: /(?<![\w.])S(?![\w.])/,
  east: /(?<![\w.])E(?![\w.])/,
};

/**
 * The ADIZ regions a text names, in the order of `ADIZ_REGIONS`: what "northern, central,
 * southwestern and eastern ADIZ" says, or an empty list. Only the words are read; whether they
 * are about the ADIZ is the caller's to know.
 *
 * @example
 * adizRegionsNamed("entered Taiwan's northern, central and southwestern ADIZ") // → ['north', 'central', 'southwest']
 * adizRegionsNamed('the south-eastern part') // → ['southeast']
 * adizRegionsNamed("entered Taiwan's SW, SE, and eastern ADIZ") // → ['southwest', 'southeast', 'east']
 */
export function adizRegionsNamed(text: string): AdizRegion[] {
  return ADIZ_REGIONS.filter(
    (region) => REGION_PATTERNS[region].test(text) || ABBREVIATIONS[region].test(text),
  );
}
