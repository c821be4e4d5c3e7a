import type { StoredPlayground } from './playground-storage.ts';

/** What replaced the reader's manifests: a lab, an example, or files they opened or dropped. */
export type ReplaceCause = { kind: 'lab'; number: number } | { kind: 'example' } | { kind: 'file' };

/** The work a replacement took away, kept so that one click brings it back. */
export interface Replaced {
  previous: StoredPlayground;
  cause: ReplaceCause;
}

/**
 * The work after `next` replaces `current`, and what to offer to undo: null when nothing would be
 * lost (the same manifests and actions), else the whole previous work (text, URL, actions).
 */
export function replaceWork(
  current: StoredPlayground,
  next: Partial<StoredPlayground> & { text: string },
  cause: ReplaceCause,
): { work: StoredPlayground; replaced: Replaced | null } {
  const work = { ...current, ...next };
  const loses = current.text !== work.text || current.actions !== work.actions;
  return {
    work,
    replaced: loses && current.text.trim() !== '' ? { previous: current, cause } : null,
  };
}

/** Reads a kept replacement back (null for anything this version cannot read). */
export function asReplaced(
  value: unknown,
  isWork: (v: unknown) => v is StoredPlayground,
): Replaced | null {
  const v = value as Partial<Replaced> | null;
  if (typeof v !== 'object' || v === null || !isWork(v.previous)) return null;
  const cause = v.cause as Partial<{ kind: string; number: unknown }> | undefined;
  if (cause?.kind === 'lab' && typeof cause.number === 'number' && Number.isInteger(cause.number))
    return { previous: v.previous, cause: { kind: 'lab', number: cause.number } };
  if (cause?.kind === 'example' || cause?.kind === 'file')
    return { previous: v.previous, cause: { kind: cause.kind } };
  return null;
}
