/**
 * The browser's whole pipeline on generated manifest sets: the playground's run (size and depth
 * checks, parse, plan, simulate, trace, lesson, laid-out scenes) and then the diagram's frames at
 * the start, middle and end of every step, in both motion settings. Nothing may throw: bad input
 * ends as diagnostics, never as an exception that would blank the page.
 *
 * Seeded (FUZZ_SEED, default 14) so a failure replays; FUZZ_RUNS sets the count (default 100,
 * the 10,000 with FUZZ_RUNS=10000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInputs } from '../../simulator/test-support/manifest-arbitraries.ts';
import { frameAt } from '../frame.ts';
import { runPlayground } from './run-playground.ts';

const count = (name: string, fallback: number): number => {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
};
const RUNS = count('FUZZ_RUNS', 100);
const SEED = count('FUZZ_SEED', 14);

const urls = [
  'http://shop.example.com/',
  'http://shop.example.com/api/orders',
  'https://app.example.com/login',
  'http://10.0.0.1:8080/',
];

const caseArb = fc.record({
  inputs: anyInputs,
  url: fc.constantFrom(...urls),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe(`the browser's pipeline on ${RUNS} generated manifest sets (seed ${SEED})`, () => {
  // About 0.1–0.2 s a manifest set on a busy machine: the time limit grows with the count.
  it(
    'parse → plan → trace → frames never throws',
    { timeout: Math.max(60_000, RUNS * 1_000) },
    () => {
      const tally = { runs: 0, lessons: 0, refused: 0, frames: 0 };
      const started = performance.now();
      fc.assert(
        fc.property(caseArb, ({ inputs, url, seed }) => {
          const text = inputs.map((file) => file.text).join('\n---\n');
          const result = runPlayground({ text, url, clientIp: '198.51.100.7', seed });
          tally.runs++;
          // Either a lesson to draw or something to tell the reader (never neither).
          expect(result.lesson !== null || result.diagnostics.length > 0).toBe(true);
          const lesson = result.lesson;
          if (!lesson?.ok) {
            tally.refused++;
            return;
          }
          tally.lessons++;
          for (const step of lesson.steps)
            for (const t of [step.startMs, (step.startMs + step.endMs) / 2, step.endMs])
              for (const reducedMotion of [false, true]) {
                const frame = frameAt(lesson, t, { reducedMotion });
                expect(frame?.stepIndex).toBe(step.index);
                tally.frames++;
              }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[fuzz] ${tally.runs} manifest sets in ${seconds.toFixed(1)} s (seed ${SEED}): ` +
          `${tally.lessons} drew a lesson (${tally.frames} frames), ${tally.refused} told what was wrong`,
      );
      expect(tally.runs).toBe(RUNS);
    },
  );
});
