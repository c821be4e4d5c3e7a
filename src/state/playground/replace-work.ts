import type { StoredPlayground } from './playground-storage.ts';

/** What replaced the reader's manifests: a lab, an example, or files they opened or dropped. */
export type ReplaceCause = { kind: 'lab'; number: number } | { kind: 'example' } | { kind: 'file' };

/** The work a replacement took away, kept so that one click brings it back. */
export interface Replaced {
  previous: StoredPlayground;
  cause: ReplaceCause;
  /** The manifests and actions the replacement put in (to tell whether the reader edited since). */
  after: { text: string; actions: string };
}

/**
 * The work after `next` replaces `current`, and what to offer to undo: the whole previous work
 * (text, URL, actions), or null when nothing would be lost. When `current` is still exactly what
 * the `kept` replacement put in (a lab, then one of its settings), the reader's own older work
 * stays the one Undo brings back.
 */
export function replaceWork(
  current: StoredPlayground,
  next: Partial<StoredPlayground> & { text: string },
  cause: ReplaceCause,
  kept: Replaced | null = null,
): { work: StoredPlayground; replaced: Replaced | null } {
  const work = { ...current, ...next };
  const after = { text: work.text, actions: work.actions };
  const loses = current.text !== work.text || current.actions !== work.actions;
  if (!loses) return { work, replaced: kept };
  const untouched =
    kept !== null && kept.after.text === current.text && kept.after.actions === current.actions;
  if (untouched) return { work, replaced: { ...kept, cause, after } };
  return {
    work,
    replaced: current.text.trim() === '' ? null : { previous: current, cause, after },
  };
}

/** Reads a kept replacement back (null for anything this version cannot read). */
export function asReplaced(
  value: unknown,
  isWork: (v: unknown) => v is StoredPlayground,
): Replaced | null {
  const v = value as Partial<Replaced> | null;
  if (typeof v !== 'object' || v === null || !isWork(v.previous)) return null;
  const after = v.after as Partial<Replaced['after']> | undefined;
  if (typeof after?.text !== 'string' || typeof after.actions !== 'string') return null;
  const kept = { text: after.text, actions: after.actions };
  const cause = v.cause as Partial<{ kind: string; number: unknown }> | undefined;
  if (cause?.kind === 'lab' && typeof cause.number === 'number' && Number.isInteger(cause.number))
    return { previous: v.previous, cause: { kind: 'lab', number: cause.number }, after: kept };
  if (cause?.kind === 'example' || cause?.kind === 'file')
    return { previous: v.previous, cause: { kind: cause.kind }, after: kept };
  return null;
}
