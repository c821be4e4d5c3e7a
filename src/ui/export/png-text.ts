/**
 * PNG text chunks (tEXt): how an exported PNG carries the app's state. Adds one before IEND, and
 * reads them back. Bytes only, no canvas, so it runs anywhere.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const isPng = (png: Uint8Array) => png.length > 8 && SIGNATURE.every((b, i) => png[i] === b);

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new Error('a PNG text chunk holds Latin-1 only');
    out[i] = code;
  }
  return out;
}

/** The PNG with a tEXt chunk `keyword` → `text` inserted before its IEND chunk. */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1('tEXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const iend = png.length - 12;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iend), 0);
  out.set(chunk, iend);
  out.set(png.subarray(iend), iend + chunk.length);
  return out;
}

/** Every tEXt chunk of a PNG whose CRC is right, keyword → text; empty for anything else. */
export function readTextChunks(png: Uint8Array): Map<string, string> {
  const found = new Map<string, string>();
  if (!isPng(png)) return found;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) break;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (
      type === 'tEXt' &&
      crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length)
    ) {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      if (zero > 0) {
        let text = '';
        for (const byte of data.subarray(zero + 1)) text += String.fromCharCode(byte);
        found.set(String.fromCharCode(...data.subarray(0, zero)), text);
      }
    }
    if (type === 'IEND') break;
    at = end;
  }
  return found;
}
