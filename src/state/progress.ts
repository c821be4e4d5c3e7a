import { isChapterId, type ChapterId } from '../lesson/chapters.ts';

/** The steps a reader has seen, per chapter. Kept in localStorage; never trusted as read. */
export type Progress = Readonly<Partial<Record<ChapterId, readonly string[]>>>;

export const PROGRESS_KEY = 'aws-lbc-explained.progress';
const VERSION = 1;
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads stored progress. Anything unexpected (not JSON, another version, unknown chapters, odd
 * step ids) is dropped, value by value, so a corrupt entry costs at most that entry.
 */
export function parseProgress(text: string | null): Progress {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const record = value as { version?: unknown; chapters?: unknown };
  if (record.version !== VERSION || typeof record.chapters !== 'object' || !record.chapters)
    return {};
  const progress: Partial<Record<ChapterId, string[]>> = {};
  for (const [id, steps] of Object.entries(record.chapters as Record<string, unknown>)) {
    if (!isChapterId(id) || !Array.isArray(steps)) continue;
    const valid = steps.filter((s): s is string => typeof s === 'string' && STEP_ID.test(s));
    progress[id] = [...new Set(valid)].slice(0, 200);
  }
  return progress;
}

export const serializeProgress = (progress: Progress): string =>
  JSON.stringify({ version: VERSION, chapters: progress });

/** The same progress with one more step seen (the same object when it was already seen). */
export function withStepSeen(progress: Progress, chapterId: ChapterId, stepId: string): Progress {
  const seen = progress[chapterId] ?? [];
  if (seen.includes(stepId) || !STEP_ID.test(stepId)) return progress;
  return { ...progress, [chapterId]: [...seen, stepId] };
}

/** How many of a chapter's steps were seen (only ids the chapter still has count). */
export function seenCount(progress: Progress, chapterId: ChapterId, stepIds: readonly string[]) {
  const seen = new Set(progress[chapterId] ?? []);
  return stepIds.filter((id) => seen.has(id)).length;
}
