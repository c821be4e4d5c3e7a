/**
 * The lesson worker, started as soon as the page's script runs: this module is the entry's
 * first import, so the worker fetches and compiles the simulator while the page's own modules
 * (React and the app) are still being evaluated, instead of after them.
 */
const spawn = () =>
  new Worker(new URL('../lesson/lesson.worker.ts', import.meta.url), { type: 'module' });

let early: Worker | null = null;
try {
  if (typeof Worker !== 'undefined' && typeof window !== 'undefined') early = spawn();
} catch {
  early = null; // started again (and its failure reported) when the first lesson is asked for
}

/** The worker started early, the first time; a new one after that (after a crash). */
export function lessonWorker(): Worker {
  const worker = early ?? spawn();
  early = null;
  return worker;
}
