import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource/noto-sans-jp';

/** The regular and bold faces are all a plan sheet uses; each is ~120 unicode-range subsets. */
const WEIGHTS = [400, 700] as const;

/** Where the bundled woff2/woff files sit on disk (`…/@fontsource/noto-sans-jp/files`). */
export const FONT_FILES_DIR = join(dirname(require.resolve(`${PACKAGE}/package.json`)), 'files');

let fontSourceCss: string | undefined;
let fontFileNames: ReadonlySet<string> | undefined;

/**
 * Fontsource's own CSS, kept so that Chromium fetches only the subsets a document's characters
 * fall in. Only the woff2 source is kept: every browser we print with reads it, and a woff
 * fallback would never be fetched.
 */
function readFontSourceCss(): string {
  fontSourceCss ??= WEIGHTS.map((weight) => readFileSync(require.resolve(`${PACKAGE}/${weight}.css`), 'utf8'))
    .join('\n')
    .replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]*\) format\('woff'\))?/gu, 'src: url(FONT_BASE/files/$1) format(\'woff2\')');
  return fontSourceCss;
}

interface FontFace {
  readonly css: string;
  /** Inclusive code point ranges of the face's `unicode-range`. */
  readonly ranges: readonly (readonly [number, number])[];
}

let fontFaces: readonly FontFace[] | undefined;

function parseRange(range: string): [number, number] {
  const [low = '0', high] = range.trim().replace(/^U\+/iu, '').split('-');
  // `U+4??` wildcards: the lowest and highest code point they stand for.
  return [parseInt(low.replaceAll('?', '0'), 16), parseInt((high ?? low).replaceAll('?', 'F'), 16)];
}

function readFontFaces(): readonly FontFace[] {
  fontFaces ??= [...readFontSourceCss().matchAll(/@font-face\s*\{[^}]*\}/gu)].map(([css]) => ({
    css,
    ranges: (/unicode-range:\s*([^;}]+)/u.exec(css)?.[1] ?? 'U+0-10FFFF').split(',').map(parseRange),
  }));
  return fontFaces;
}

/** Whether any code point (sorted ascending) falls in one of the ranges. */
function covers(ranges: FontFace['ranges'], codePoints: Uint32Array): boolean {
  return ranges.some(([low, high]) => {
    let lo = 0;
    let hi = codePoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codePoints[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    return lo < codePoints.length && codePoints[lo]! <= high;
  });
}

/**
 * `@font-face` rules for Noto Sans JP whose files load from `${fontBaseUrl}/files/…`: the
 * server's print-asset route for the HTML view, or the PDF renderer's private origin. Never a CDN —
 * municipal networks (LGWAN) cannot reach one. Given the document's text, only the faces covering
 * its characters are written (about 60 of 248 for a plan sheet): the browser then parses a
 * quarter of the rules, which saves a tenth of the time to print.
 */
export function fontFaceCss(fontBaseUrl: string, usedText?: string): string {
  const base = fontBaseUrl.replace(/\/+$/u, '');
  let codePoints: Uint32Array | null = null;
  if (usedText !== undefined) {
    const seen = new Set<number>();
    for (const character of usedText) seen.add(character.codePointAt(0)!);
    codePoints = Uint32Array.from(seen).sort();
  }
  return readFontFaces()
    .filter((face) => codePoints === null || covers(face.ranges, codePoints))
    .map((face) => face.css.replaceAll('FONT_BASE', () => base))
    .join('\n');
}

/** True only for a file name that Fontsource ships, so a request can never name another path. */
export function isFontFile(name: string): boolean {
  fontFileNames ??= new Set(readdirSync(FONT_FILES_DIR));
  return fontFileNames.has(name);
}

export function fontContentType(name: string): string {
  return name.endsWith('.woff2') ? 'font/woff2' : 'font/woff';
}
