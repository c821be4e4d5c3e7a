import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Whether the page is being printed (between `beforeprint` and `afterprint`). */
let printing = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean) {
  printing = value;
  // The print layout is taken as soon as the handler returns: draw before that.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}
const onBefore = () => setPrinting(true);
const onAfter = () => setPrinting(false);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    addEventListener('beforeprint', onBefore);
    addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    removeEventListener('beforeprint', onBefore);
    removeEventListener('afterprint', onAfter);
  };
}

/** True while the page prints: what is drawn only on demand must be drawn in full then. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
