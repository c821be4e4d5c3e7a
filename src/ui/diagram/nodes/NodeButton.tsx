import { use, type KeyboardEvent } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';

/**
 * The node's control: a real button laid over the card, named by kind, full name and state. It
 * holds no text, so the short visible text (beside it, hidden from assistive technology) never
 * competes with the name. Enter and Space act on key down (the default click is suppressed, so
 * an element is never activated twice, and Space does not scroll the page).
 */
export function NodeButton({ id, name }: { id: string; name: string }) {
  const { activate, reveal } = use(DiagramActionsContext);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) activate(id);
  };
  return (
    <button
      type="button"
      className="dg-hit nodrag"
      aria-label={name}
      onClick={() => activate(id)}
      onKeyDown={onKeyDown}
      onFocus={() => reveal(id)}
    />
  );
}
