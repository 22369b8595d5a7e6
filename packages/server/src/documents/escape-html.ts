const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values; every user-entered text goes through it. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);
}
