/** The relative luminance of an sRGB colour written `#rrggbb` (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * WCAG 2.1's contrast ratio of two `#rrggbb` colours, from 1 to 21 (AA asks 4.5 for text).
 *
 * @example
 * contrastRatio('#000000', '#ffffff') // → 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * A colour moved towards another by `amount` (0–1), as `#rrggbb`.
 *
 * @example
 * mixColors('#000000', '#ffffff', 0.5) // → '#808080'
 */
export function mixColors(hex: string, towards: string, amount: number): string {
  return `#${[1, 3, 5]
    .map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16);
      const t = parseInt(towards.slice(i, i + 2), 16);
      return Math.round(c + (t - c) * amount)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;
}

/**
 * A colour moved towards white by `amount` (0–1): a layer's colour made light enough to read
 * on a dark map.
 *
 * @example
 * mixWithWhite('#000000', 0.5) // → '#808080'
 */
export function mixWithWhite(hex: string, amount: number): string {
  return mixColors(hex, '#ffffff', amount);
}
