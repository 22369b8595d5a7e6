import { createHash } from 'node:crypto';
import { escapeHtml } from './escape-html.js';
import { fontFaceCss } from './print-fonts.js';
import { PRINT_CSS } from './print-styles.js';

/** A complete printable page: the bundled fonts and the print stylesheet inline, no script. */
export function htmlDocument({ title, fontBaseUrl, body }: { title: string; fontBaseUrl: string; body: string }): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${fontFaceCss(fontBaseUrl, body)}
${PRINT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * CSP sources (`'sha256-…'`) for the inline `<style>` elements of a document built here, so the
 * print view can be served under a policy that allows those styles and nothing else.
 */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css ?? '', 'utf8').digest('base64')}'`,
  );
}
