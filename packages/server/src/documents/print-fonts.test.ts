import { describe, expect, it } from 'vitest';
import { fontContentType, fontFaceCss, isFontFile } from './print-fonts.js';

describe('print fonts', () => {
  it('points every @font-face of Noto Sans JP 400 and 700 at the given base, woff2 only', () => {
    const css = fontFaceCss('/api/print-assets/fonts/');
    expect(css.match(/@font-face/gu)?.length).toBe(248);
    expect(css).toContain('font-weight: 400;');
    expect(css).toContain('font-weight: 700;');
    expect(css).toContain("src: url(/api/print-assets/fonts/files/noto-sans-jp-5-700-normal.woff2) format('woff2');");
    expect(css).not.toContain('.woff)');
    expect(css).toContain('unicode-range: U+');
  });

  it('writes only the faces covering the characters of the given text', () => {
    const latin = fontFaceCss('/f', 'Plan 2023');
    const withKanji = fontFaceCss('/f', 'Plan 2023 計画');
    const faces = (css: string) => css.match(/@font-face/gu)?.length ?? 0;
    expect(faces(latin)).toBeGreaterThanOrEqual(2);
    expect(faces(latin)).toBeLessThan(10);
    expect(faces(withKanji)).toBeGreaterThan(faces(latin));
    expect(faces(withKanji)).toBeLessThan(20);
    expect(latin).toContain('font-weight: 700;');
    expect(faces(fontFaceCss('/f', ''))).toBe(0);
  });

  it('knows only the files Fontsource ships', () => {
    expect(isFontFile('noto-sans-jp-0-400-normal.woff2')).toBe(true);
    expect(isFontFile('../package.json')).toBe(false);
    expect(isFontFile('noto-sans-jp-0-400-normal.woff2/..')).toBe(false);
    expect(fontContentType('a.woff2')).toBe('font/woff2');
  });
});
