import { prefetchFirstLesson } from './first-lesson.ts';

/**
 * The lesson worker, started as soon as the page's script runs: this module is the entry's
 * first import, so the worker fetches and compiles the simulator while the page's own modules
 * (React and the app) are still being evaluated, instead of after them.
 */
const spawn = () =>
  new Worker(new URL('../lesson/lesson.worker.ts', import.meta.url), { type: 'module' });

let early: Worker | null = null;
try {
  if (typeof Worker !== 'undefined' && typeof window !== 'undefined') {
    early = spawn();
    // A worker that failed before anyone listened (its script did not load) is not handed out:
    // the next one is started when a lesson is asked for, and its failure reaches the page.
    early.addEventListener('error', () => (early = null), { once: true });
  }
} catch {
  early = null; // started again (and its failure reported) when the first lesson is asked for
}

// The first chapter's lesson, computed with the build, is on its way meanwhile (first-lesson.ts).
if (typeof window !== 'undefined') prefetchFirstLesson(window.location.search);

/** The worker started early, the first time; a new one after that (after a crash). */
export function lessonWorker(): Worker {
  const worker = early ?? spawn();
  early = null;
  return worker;
}
