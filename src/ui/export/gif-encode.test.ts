import { GifReader } from 'omggif';
import { describe, expect, it } from 'vitest';
import { encodeGif } from './gif-encode.ts';

const W = 24;
const H = 12;

/** A white frame with a blue 3×3 dot at x. */
function frameWithDot(x: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4).fill(255);
  for (let dy = 0; dy < 3; dy++)
    for (let dx = 0; dx < 3; dx++) {
      const p = ((4 + dy) * W + x + dx) * 4;
      rgba.set([32, 96, 192, 255], p);
    }
  return rgba;
}

describe('encodeGif', () => {
  it('makes a looping GIF whose frames, composed, show each frame as it was drawn', () => {
    const xs = [2, 8, 14, 20];
    const bytes = encodeGif({
      width: W,
      height: H,
      frames: xs.map((x) => ({ rgba: frameWithDot(x), delay: 100 })),
    });
    const reader = new GifReader(bytes);
    expect(reader.numFrames()).toBe(xs.length);
    expect(reader.loopCount()).toBe(0);
    const canvas = new Uint8Array(W * H * 4);
    xs.forEach((x, i) => {
      reader.decodeAndBlitFrameRGBA(i, canvas);
      const at = (px: number, py: number) => [
        ...canvas.subarray((py * W + px) * 4, (py * W + px) * 4 + 3),
      ];
      // The dot is where this frame put it, and gone from where the frame before had it.
      expect(at(x + 1, 5)[2]!).toBeGreaterThan(150);
      expect(at(x + 1, 5)[0]!).toBeLessThan(80);
      if (i > 0) expect(at(xs[i - 1]! + 1, 5)).toEqual([255, 255, 255]);
      expect(at(0, 0)).toEqual([255, 255, 255]);
    });
  });
});
