import { useEffect } from 'react';

export interface EmbedKeys {
  previous: () => void;
  next: () => void;
  togglePlaying: () => void;
  first: () => void;
  last: () => void;
}

/** Keys that scroll a page; inside the embed they never reach (and scroll) the host page. */
const SCROLL_KEYS = new Set([
  ' ',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);
/** Elements that use these keys themselves (text, lists, radio groups, selects). */
const OWN_KEYS =
  'input:not([type="radio"]), select, textarea, [contenteditable=""], [contenteditable="true"]';
/** Elements Space activates (a button presses); the player does not take Space from them. */
const SPACE_ACTIVATES = 'button, a[href], summary, [role="button"], input[type="radio"]';

const inside = (target: EventTarget | null, selector: string) =>
  target instanceof Element && target.closest(selector) !== null;

/**
 * The embed's keys. They arrive only while focus is inside the embed's own document (its
 * iframe), so two embeds on a page never both react. ← → step, Home and End go to the first and
 * last step, Space plays or pauses; every key that would scroll is kept from the host page.
 */
export function useEmbedKeys(keys: EmbedKeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !SCROLL_KEYS.has(event.key)) return;
      if (inside(event.target, OWN_KEYS)) return;
      if (event.key === ' ') {
        if (inside(event.target, SPACE_ACTIVATES)) return;
        event.preventDefault();
        keys.togglePlaying();
        return;
      }
      // A radio group moves its choice with arrows, and a focused diagram card may use them.
      if (event.defaultPrevented || inside(event.target, 'input[type="radio"]')) return;
      event.preventDefault();
      if (event.shiftKey) return;
      const action = {
        ArrowLeft: keys.previous,
        ArrowRight: keys.next,
        Home: keys.first,
        End: keys.last,
      }[event.key];
      action?.();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [keys]);
}
