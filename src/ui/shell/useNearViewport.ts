import { startTransition, useCallback, useRef, useState } from 'react';

/**
 * Elements that came near the viewport wait here, and are let in one per task: a screen's worth
 * of figures arriving at once would otherwise be drawn in one long render.
 */
const waiting: (() => void)[] = [];
let draining = false;
function letInOneByOne(admit: () => void) {
  waiting.push(admit);
  if (draining) return;
  draining = true;
  const next = () => {
    const first = waiting.shift();
    if (!first) {
      draining = false;
      return;
    }
    first();
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/**
 * A callback ref, and whether its element has come within a screen's height of the viewport
 * (once true, it stays true). Where IntersectionObserver is missing, everything counts as near.
 */
export function useNearViewport<T extends Element>(): [(el: T | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const stop = useRef<(() => void) | null>(null);
  const ref = useCallback((el: T | null) => {
    stop.current?.();
    stop.current = null;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        // A background render, which yields to input while it builds the new elements.
        letInOneByOne(() => {
          if (live) startTransition(() => setNear(true));
        });
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    stop.current = () => {
      live = false;
      observer.disconnect();
    };
  }, []);
  return [ref, near];
}
