import type { ChapterRun } from './chapter-run.ts';
import type { ChapterId } from './chapters.ts';
import { STEP_GAP_MS, type Lesson } from './lesson-time.ts';

const cache = new WeakMap<ChapterRun, Map<ChapterId, Lesson>>();

/**
 * A scenario without written steps (the playground, a benchmark): every event the controller's
 * story tells and every hop of the packet is a step of its own, `step-1`, `step-2`…, with the
 * same gap between steps as a written chapter, so each step has a settled end.
 */
export function lessonFromRun(run: ChapterRun, chapterId: ChapterId): Lesson {
  let byChapter = cache.get(run);
  if (!byChapter) cache.set(run, (byChapter = new Map()));
  let lesson = byChapter.get(chapterId);
  if (!lesson) {
    lesson = run.ok
      ? {
          ok: true,
          chapterId,
          mode: run.mode,
          runs: { main: run },
          steps: run.steps.map((part, index) => {
            const shift = index * STEP_GAP_MS;
            const startMs = part.startMs + shift;
            const endMs = part.endMs + shift;
            return {
              id: `step-${index + 1}`,
              index,
              startMs,
              endMs,
              variant: 'main',
              parts: [{ ...part, startMs, endMs, variant: 'main' }],
              focus: [],
            };
          }),
          durationMs: run.durationMs + Math.max(0, run.steps.length - 1) * STEP_GAP_MS,
        }
      : { ok: false, chapterId, mode: run.mode, failed: run };
    byChapter.set(chapterId, lesson);
  }
  return lesson;
}
