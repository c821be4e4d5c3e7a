import { encodeGif, type GifRequest } from './gif-encode.ts';

/** Encodes a GIF off the main thread: frames in (their pixel buffers transferred), bytes out. */
self.onmessage = (event: MessageEvent<GifRequest>) => {
  try {
    const bytes = encodeGif(event.data);
    (self as unknown as Worker).postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
