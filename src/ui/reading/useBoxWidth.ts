import { useCallback, useRef, useState } from 'react';

/** A callback ref and the width of its box in CSS pixels (0 until measured), kept up on resize. */
export function useBoxWidth<T extends HTMLElement>(): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const stop = useRef<(() => void) | null>(null);
  const ref = useCallback((el: T | null) => {
    stop.current?.();
    stop.current = null;
    if (!el) return;
    const update = () => setWidth(Math.floor(el.clientWidth));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    stop.current = () => observer.disconnect();
  }, []);
  return [ref, width];
}
