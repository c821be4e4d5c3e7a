import { useCallback, useRef } from 'react';

const scrolls = (el: HTMLElement): boolean =>
  el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;

/**
 * A callback ref for a box that may overflow (the chapter's prose column, a code block, the
 * playground's event list): while its content overflows, it is in the tab order so that a
 * keyboard reader can focus it and scroll it with the arrow keys (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`). Checked again when the box, its children or its content change.
 */
export function useFocusableWhenScrolling<T extends HTMLElement>(): (el: T | null) => void {
  const stop = useRef<(() => void) | null>(null);
  return useCallback((el: T | null) => {
    stop.current?.();
    stop.current = null;
    if (!el) return;
    const update = () => {
      if (scrolls(el)) el.tabIndex = 0;
      else if (el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
    };
    if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') {
      update();
      return;
    }
    // A ResizeObserver reports every box it starts observing once, after the browser's own
    // layout: measuring here, in React's commit, would force a layout of the whole page early
    // (the first one at load, with the web fonts: over 100 ms).
    const resized = new ResizeObserver(update);
    const watchChildren = () => {
      resized.disconnect();
      resized.observe(el);
      for (const child of Array.from(el.children)) resized.observe(child);
    };
    watchChildren();
    // A mutation is checked at the next frame, once however many there were: measuring in the
    // observer's microtask would force a layout of its own after every React commit.
    let frame = 0;
    const changed = new MutationObserver(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        watchChildren();
        update();
      });
    });
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    stop.current = () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    };
  }, []);
}
