import { firstLesson } from 'virtual:first-lesson';
import type { Lesson } from '../lesson/lesson-time.ts';
import { decodeShared } from '../lesson/shared-json.ts';

/**
 * The first chapter's lesson as the build computed it (scripts/vite-plugin-first-lesson.ts): a
 * first visit draws from it while the worker is still loading the simulator. Used once; any
 * failure (offline before it was cached, a bad file) falls back to the worker.
 */
let pending: Promise<Lesson> | null = null;
let used = false;

const fetchFirst = (url: string) =>
  fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`first lesson: HTTP ${response.status}`);
    const lesson = decodeShared(await response.text()) as Lesson;
    if (!lesson || typeof lesson !== 'object' || !('ok' in lesson)) throw new Error('not a lesson');
    return lesson;
  });

/** Starts the download when the address asks for the first chapter (or for none). */
export function prefetchFirstLesson(search: string): void {
  if (!firstLesson || pending || used) return;
  const params = new URLSearchParams(search);
  const [chapterId, mode] = firstLesson.key.split('/');
  const chapter = params.get('chapter');
  const wanted = params.get('mode');
  if (params.has('scenario') || (chapter !== null && chapter !== chapterId)) return;
  if (wanted !== null && wanted !== mode) return;
  pending = fetchFirst(firstLesson.url());
  pending.catch(() => undefined);
}

/** The built lesson for this key, the first time it is asked for; null otherwise. */
export function takeFirstLesson(key: string): Promise<Lesson> | null {
  if (!firstLesson || used || key !== firstLesson.key) return null;
  used = true;
  const lesson = pending ?? fetchFirst(firstLesson.url());
  pending = null;
  return lesson;
}
