import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { LessonPart } from '../../lesson/lesson-time.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { stepNarration } from './step-narration.ts';

/** The step's narration in the reader's language (see `stepNarration`). */
export function useStepNarration(
  run: ChapterRun | null,
  part: LessonPart | null,
  stepIndex: number,
  stepCount: number,
  stepParts: readonly LessonPart[] = [],
): string {
  const t = useTranslate();
  return stepNarration(t, run, part, stepIndex, stepCount, stepParts);
}
