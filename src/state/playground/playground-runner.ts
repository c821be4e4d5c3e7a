import type { PlaygroundInput, PlaygroundResult } from '../../lesson/playground/run-playground.ts';

/**
 * A run under way longer than this is abandoned by ending its worker when a newer input comes;
 * a shorter one finishes and its stale answer is dropped (starting a worker costs more).
 */
export const ABANDON_AFTER_MS = 300;

/** How long one run may take before the worker is stopped and the reader told (ms). */
export const RUN_BUDGET_MS = 10_000;

export type RunOutcome =
  | { kind: 'done'; result: PlaygroundResult; ms: number }
  | { kind: 'failed'; message: string }
  | { kind: 'timeout'; budgetMs: number };

interface WorkerAnswer {
  id: number;
  result?: PlaygroundResult;
  ms?: number;
  error?: string;
}

/**
 * Runs the playground in a dedicated Web Worker. A new run while one is under way ends that
 * worker and starts a fresh one, so a stale run never holds the page back and its answer never
 * lands; a run over the time budget is ended the same way.
 */
export function createPlaygroundRunner(
  onOutcome: (outcome: RunOutcome, input: PlaygroundInput) => void,
  budgetMs = RUN_BUDGET_MS,
) {
  let worker: Worker | null = null;
  let busy = false;
  let startedAt = 0;
  let current = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    busy = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const start = () =>
    new Worker(new URL('../../lesson/playground.worker.ts', import.meta.url), { type: 'module' });

  return {
    run(input: PlaygroundInput) {
      if (busy && performance.now() - startedAt > ABANDON_AFTER_MS) stop();
      worker ??= start();
      const id = ++current;
      busy = true;
      startedAt = performance.now();
      worker.onmessage = (message: MessageEvent<WorkerAnswer>) => {
        if (message.data.id !== current) return;
        busy = false;
        if (timer !== null) clearTimeout(timer);
        timer = null;
        if (message.data.result)
          onOutcome({ kind: 'done', result: message.data.result, ms: message.data.ms ?? 0 }, input);
        else onOutcome({ kind: 'failed', message: message.data.error ?? 'unknown error' }, input);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        if (id !== current) return;
        stop();
        onOutcome({ kind: 'failed', message: event.message || 'the worker stopped' }, input);
      };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        if (id !== current) return;
        stop();
        onOutcome({ kind: 'timeout', budgetMs }, input);
      }, budgetMs);
      worker.postMessage({ id, input });
    },
    dispose: stop,
  };
}
