/**
 * The playground's manifests in a link: deflate-raw (the browser's CompressionStream), then
 * base64url, in the `scenario=` parameter. A version prefix keeps old links readable.
 */
export const SCENARIO_PARAM = 'scenario';
/** The longest `scenario=` value a link carries; past it the page offers a file instead. */
export const MAX_SCENARIO_PARAM = 8_000;
const VERSION = '1.';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The manifests as a `scenario=` value. */
export async function encodeScenario(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return VERSION + toBase64Url(packed);
}

/** The manifests from a `scenario=` value, or null when it is not one (never throws). */
export async function decodeScenario(value: string): Promise<string | null> {
  if (!value.startsWith(VERSION)) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(value.slice(VERSION.length)),
      new DecompressionStream('deflate-raw'),
    );
    // Refuse what would unpack past the playground's own budget (a zip bomb in a link).
    if (bytes.length > 4_000_000) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The page's address with `scenario=` set (or removed when null), other parameters kept. */
export function withScenarioParam(href: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(SCENARIO_PARAM);
  else url.searchParams.set(SCENARIO_PARAM, value);
  return url.toString();
}
