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
 * flat colours of a diagram stay the same from frame to frame and the file stays small.
 */
export function encodeGif({ width, height, frames }: GifRequest): Uint8Array {
  const picks = frames.filter((_, i) => i % Math.max(1, Math.floor(frames.length / 4)) === 0);
  const sample = new Uint8ClampedArray(picks.reduce((sum, f) => sum + f.rgba.length, 0));
  let at = 0;
  for (const frame of picks) {
    sample.set(frame.rgba, at);
    at += frame.rgba.length;
  }
  const palette = quantize(sample, 64, { format: 'rgb444' });
  const gif = GIFEncoder();
  frames.forEach((frame, index) => {
    const indexed = applyPalette(frame.rgba, palette, 'rgb444');
    gif.writeFrame(indexed, width, height, {
      palette: index === 0 ? palette : undefined,
      delay: frame.delay,
      repeat: 0,
    });
  });
  gif.finish();
  return gif.bytes();
}
