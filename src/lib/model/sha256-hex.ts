/**
 * Hex SHA-256 of a text's UTF-8 bytes, or of bytes as they are, with the platform's Web Crypto
 * (browsers and Node ≥ 20).
 *
 * @example
 * await sha256Hex('abc') // → 'ba7816bf…'
 * await sha256Hex(new Uint8Array([0x61, 0x62, 0x63])) // → 'ba7816bf…' (the same bytes)
 */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
