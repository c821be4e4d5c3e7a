import type { ChapterRun } from './chapter-run.ts';
import type { ChapterId } from './chapters.ts';
import type { Lesson } from './lesson.ts';

const cache = new WeakMap<ChapterRun, Map<ChapterId, Lesson>>();

/**
 * A scenario without a written chapter (the reader's own manifests, a benchmark): every event the
 * controller's story tells and every hop of the packet is a step of its own, `step-1`, `step-2`…
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
          steps: run.steps.map((part, index) => ({
            id: `step-${index + 1}`,
            index,
            startMs: part.startMs,
            endMs: part.endMs,
            variant: 'main',
            parts: [{ ...part, variant: 'main' }],
            focus: [],
          })),
          durationMs: run.durationMs,
        }
      : { ok: false, chapterId, mode: run.mode, failed: run };
    byChapter.set(chapterId, lesson);
  }
  return lesson;
}
