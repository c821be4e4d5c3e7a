import type { ChapterId } from '../lesson/chapters.ts';
import {
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
  withStepSeen,
  type Progress,
} from './progress.ts';

/** Where progress is kept: localStorage in the app, a map in tests. */
export interface ProgressStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

/** A tiny store around the stored progress; storage failures (private mode, quota) are ignored. */
export function createProgressStore(storage: ProgressStorage | null) {
  let progress: Progress = {};
  try {
    progress = parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
  } catch {
    progress = {};
  }
  const listeners = new Set<() => void>();
  return {
    get: () => progress,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markSeen: (chapterId: ChapterId, stepId: string) => {
      const next = withStepSeen(progress, chapterId, stepId);
      if (next === progress) return;
      progress = next;
      try {
        storage?.setItem(PROGRESS_KEY, serializeProgress(progress));
      } catch {
        // Progress is a convenience: the page works the same without it.
      }
      for (const listener of listeners) listener();
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

const browserStorage = (): ProgressStorage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export const progressStore = createProgressStore(browserStorage());
