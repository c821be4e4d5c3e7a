/// <reference lib="webworker" />
import { runPlayground, type PlaygroundInput } from './playground/run-playground.ts';

/** A run the playground asks for, answered under the same id (older ids are stale). */
interface PlaygroundRequest {
  id: number;
  input: PlaygroundInput;
}

// The YAML parser and the simulator run here, so typing never waits for them. The page ends
// this worker (and starts another) when the reader types on while a run is under way or when a
// run goes over its time budget.
self.onmessage = (message: MessageEvent<PlaygroundRequest>) => {
  const { id, input } = message.data;
  const started = performance.now();
  try {
    const result = runPlayground(input);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
