import { useEffect } from 'react';
import { useAppStore } from '../../state/app-store.ts';
import { selectPlaying } from '../../state/selectors.ts';

/** A frame after a long pause (a hidden tab) advances the clock by at most this much real time. */
const MAX_FRAME_MS = 250;

const selectTick = (s: { tick: (realMs: number) => void }) => s.tick;

/**
 * The one requestAnimationFrame loop of the app: while playing, each frame advances the virtual
 * clock by the real time elapsed × speed. Everything that moves samples `simulatedMs`.
 */
export function usePlaybackClock(): void {
  const playing = useAppStore(selectPlaying);
  const tick = useAppStore(selectTick);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    const onFrame = (now: number) => {
      if (last !== null) tick(Math.min(now - last, MAX_FRAME_MS));
      last = now;
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    return () => cancelAnimationFrame(frame);
  }, [playing, tick]);
}
