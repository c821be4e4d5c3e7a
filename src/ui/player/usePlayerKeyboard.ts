import { useEffect } from 'react';

export interface PlayerKeys {
  previous: () => void;
  next: () => void;
  togglePlaying: () => void;
  first: () => void;
  last: () => void;
}

/** Elements that use Space themselves (a button presses, a checkbox toggles, text gets a space). */
const HANDLES_SPACE =
  'button, a[href], summary, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [role="option"], [contenteditable=""], [contenteditable="true"], input:not([type="range"])';
/** Elements that use arrows, Home and End themselves (sliders, radio groups, text, lists). */
const HANDLES_ARROWS =
  'input, select, textarea, [role="slider"], [role="radio"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="tablist"], [contenteditable=""], [contenteditable="true"]';

const closest = (target: EventTarget | null, selector: string) =>
  target instanceof Element && target.closest(selector) !== null;

/**
 * Presenter keys for the whole page: ← and → step, Space plays or pauses, Home and End go to the
 * first and last step. A key the focused element uses for itself is left to it.
 */
export function usePlayerKeyboard(keys: PlayerKeys, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ') {
        // Only the focused element decides about Space: React Flow marks every Space on the
        // window as handled (it is its pan key), even when the diagram is not involved.
        if (closest(event.target, HANDLES_SPACE)) return;
        event.preventDefault();
        keys.togglePlaying();
        return;
      }
      const action = {
        ArrowLeft: keys.previous,
        ArrowRight: keys.next,
        Home: keys.first,
        End: keys.last,
      }[event.key];
      if (!action || event.defaultPrevented || event.shiftKey) return;
      if (closest(event.target, HANDLES_ARROWS)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [keys, enabled]);
}
