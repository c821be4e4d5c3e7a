import { applyPalette, GIFEncoder, quantize } from 'gifenc';

export interface GifFrame {
  /** RGBA pixels, width × height × 4. */
  rgba: Uint8ClampedArray;
  /** How long the frame shows, in milliseconds. */
  delay: number;
}

export interface GifRequest {
  width: number;
  height: number;
  frames: GifFrame[];
}

/**
 * An endless-loop GIF with one palette for every frame (picked from a sample of them), so the
 * flat colours of a diagram stay the same from frame to frame. After the first frame, a pixel
 * that did not change is transparent (the frame before shows through), so a frame costs only
 * what moved: the packet, a badge.
 */
export function encodeGif({ width, height, frames }: GifRequest): Uint8Array {
  const picks = frames.filter((_, i) => i % Math.max(1, Math.floor(frames.length / 4)) === 0);
  const sample = new Uint8ClampedArray(picks.reduce((sum, f) => sum + f.rgba.length, 0));
  let at = 0;
  for (const frame of picks) {
    sample.set(frame.rgba, at);
    at += frame.rgba.length;
  }
  // 63 colours, and one more slot that only ever means "unchanged" (transparent).
  const palette = quantize(sample, 63, { format: 'rgb444' });
  const transparentIndex = palette.length;
  const full = [...palette, [255, 0, 255]];
  while (full.length < 64) full.push([0, 0, 0]);
  const gif = GIFEncoder();
  let previous: Uint8Array | null = null;
  frames.forEach((frame, index) => {
    const indexed = applyPalette(frame.rgba, palette, 'rgb444');
    const shown = indexed.slice();
    if (previous) {
      for (let p = 0; p < indexed.length; p++)
        if (indexed[p] === previous[p]) indexed[p] = transparentIndex;
    }
    gif.writeFrame(indexed, width, height, {
      palette: index === 0 ? full : undefined,
      delay: frame.delay,
      repeat: 0,
      transparent: previous !== null,
      transparentIndex,
      dispose: 1,
    });
    previous = shown;
  });
  gif.finish();
  return gif.bytes();
}
