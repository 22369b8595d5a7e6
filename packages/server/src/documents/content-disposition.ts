// RFC 5987 attr-char: everything else in a UTF-8 file name is percent-encoded.
const encodeRfc5987 = (text: string): string =>
  encodeURIComponent(text).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Characters Windows and macOS refuse in file names, and controls: replaced, never passed on. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;

export function safeFileName(name: string): string {
  return name.replace(UNSAFE_IN_FILE_NAMES, '_').trim() || 'download';
}

/**
 * `attachment; filename="plan-sheet_2-1-3-1.pdf"; filename*=UTF-8''%E5%AE%9F…`: browsers take
 * the UTF-8 name (実施計画シート_2-1-3-1.pdf); the ASCII one is for clients that cannot.
 */
export function contentDisposition({
  fileName,
  asciiFallback,
  inline = false,
}: {
  fileName: string;
  /** Defaults to the name with every non-ASCII run replaced by `_`. */
  asciiFallback?: string;
  inline?: boolean;
}): string {
  const name = safeFileName(fileName);
  const fallback = safeFileName(asciiFallback ?? name)
    .replace(/[^\x20-\x7e]+/gu, '_')
    .replace(/[%;\\"]/gu, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
