/**
 * A random (v4) UUID for rows the client creates, such as a plan's numerical target, whose id must
 * stay stable across versions. `crypto.randomUUID` exists only on HTTPS pages and many intranet
 * sites are plain HTTP; `getRandomValues` works on both.
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
