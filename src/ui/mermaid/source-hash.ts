/**
 * A short fingerprint of a diagram's source text (two 32-bit FNV-1a passes with different
 * offsets, as 16 hex digits): `npm run figures` records it beside each pre-rendered figure, and the
 * page and a unit test compare it with the source to tell a stale figure. Not for security.
 */
export function sourceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x0100019d) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
