import { useEffect, useRef, useState } from 'react';
import type { PlaygroundInput } from '../../lesson/playground/run-playground.ts';
import {
  createPlaygroundRunner,
  type RunOutcome,
} from '../../state/playground/playground-runner.ts';

/** How long typing must pause before a run starts (ms). */
export const DEBOUNCE_MS = 250;

/**
 * Runs the input in the playground's worker once typing pauses. A run still under way when the
 * next one starts is abandoned (its worker ended), so the page always shows the newest input.
 */
export function usePlaygroundRun(input: PlaygroundInput | null) {
  const [answer, setAnswer] = useState<{ outcome: RunOutcome; input: PlaygroundInput } | null>(
    null,
  );
  const runner = useRef<ReturnType<typeof createPlaygroundRunner> | null>(null);

  useEffect(() => {
    const created = createPlaygroundRunner((outcome, ran) => setAnswer({ outcome, input: ran }));
    runner.current = created;
    return () => {
      created.dispose();
      runner.current = null;
    };
  }, []);

  useEffect(() => {
    if (!input) return;
    const timer = setTimeout(() => runner.current?.run(input), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  // Running until the answer for this very input arrives (an older answer stays on screen).
  return { outcome: answer?.outcome ?? null, running: input !== null && answer?.input !== input };
}
