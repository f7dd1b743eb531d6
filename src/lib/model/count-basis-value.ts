const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  single: 1,
  dozen: 12,
};

/**
 * The number a count's basis words say: digits with thousands separators, or a number word
 * as news copy writes small numbers. Returns `undefined` for words it does not know, so a
 * count can never be "proved" by text that does not state it.
 *
 * @example
 * countBasisValue('18,000') // → 18000
 * countBasisValue('four') // → 4
 * countBasisValue('about half') // → undefined
 */
export function countBasisValue(basis: string): number | undefined {
  const text = basis.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(text)) return Number(text.replace(/,/g, ''));
  const parts = text.split(/[\s-]+/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    const tens = NUMBER_WORDS[parts[0]!]!;
    const unit = NUMBER_WORDS[parts[1]!]!;
    if (tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  }
  return parts.length === 1 ? NUMBER_WORDS[text] : undefined;
}
