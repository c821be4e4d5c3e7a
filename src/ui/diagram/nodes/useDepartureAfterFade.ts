import { useEffect, useRef } from 'react';

/** How long a departing card, zone or edge takes to fade (the CSS `dg-exit` animation). */
export const EXIT_FADE_MS = 250;

/**
 * Calls `depart` once the element has faded out: after the CSS fade, or at once under reduced
 * motion (where nothing fades). A timer rather than `animationend`, so the ghost still goes when
 * a stylesheet or the system turns animations off.
 */
export function useDepartureAfterFade(
  exiting: boolean,
  reducedMotion: boolean,
  depart: () => void,
): void {
  const latest = useRef(depart);
  useEffect(() => {
    latest.current = depart;
  });
  useEffect(() => {
    if (!exiting) return undefined;
    const timer = setTimeout(() => latest.current(), reducedMotion ? 0 : EXIT_FADE_MS);
    return () => clearTimeout(timer);
  }, [exiting, reducedMotion]);
}
