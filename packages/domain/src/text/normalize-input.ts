/**
 * Folds what users type into number, code and year fields: full-width digits, letters and
 * punctuation become half-width (NFKC), and surrounding spaces (full-width too) are trimmed.
 *
 * NFKC leaves `▲`, `△`, `−` (U+2212), `〜` (U+301C) and `ー` alone; the parsers that care
 * about those handle them explicitly.
 */
export function normalizeInput(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Parser-side folding: width (NFKC), case (upper) and all whitespace, including inner spaces,
 * because people type `令和 5 年度` or `1, 000` and mean the same as without spaces.
 */
export function compactInput(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}
