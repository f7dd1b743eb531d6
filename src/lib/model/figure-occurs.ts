/**
 * Whether `figure` occurs in `text` standing on its own: with no letter, digit, `_` or comma
 * right before or after it, so "18" is not found in "180", "1,18" or "A18". The same test as
 * the regular expression `(^|[^\w,])figure($|[^\w,])` with `figure` escaped, without building
 * an expression for every count checked at load.
 *
 * @example
 * figureOccurs('detected 18 aircraft', '18') // → true
 * figureOccurs('detected 180 aircraft', '18') // → false
 * figureOccurs('18,000 troops', '18') // → false
 */
export function figureOccurs(text: string, figure: string): boolean {
  // `at < text.length` ends the search for an empty figure, which indexOf finds everywhere.
  for (
    let at = text.indexOf(figure);
    at >= 0;
    at = at < text.length ? text.indexOf(figure, at + 1) : -1
  ) {
    if (
      !isWordOrComma(text.charCodeAt(at - 1)) &&
      !isWordOrComma(text.charCodeAt(at + figure.length))
    )
      return true;
  }
  return false;
}

/** `[\w,]` for one UTF-16 code unit; NaN (before the start, past the end) is neither. */
function isWordOrComma(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 44 // ,
  );
}
