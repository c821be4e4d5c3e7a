import { lessonStepIndexAt, type Lesson } from '../lesson/lesson-time.ts';
import type { UrlProblem } from './url-sync.ts';

/**
 * Where the clock goes when a lesson arrives: the settled end of the step the reader asked for
 * (an id, a 1-based number, a list of ids to try in order, or the first step when null). A step the lesson does not have is
 * reported, and the first step is shown. `keep` is a time to stay at when nothing is pending
 * (a lesson rebuilt for the same chapter).
 */
export function landing(
  lesson: Lesson,
  pending: string | number | readonly string[] | null,
  keep: number | null = null,
): { simulatedMs: number; problem: UrlProblem | null } {
  if (!lesson.ok || lesson.steps.length === 0) return { simulatedMs: 0, problem: null };
  const first = lesson.steps[0]!.endMs;
  if (pending === null)
    return {
      simulatedMs:
        keep !== null && keep > 0 ? lesson.steps[lessonStepIndexAt(lesson, keep)]!.endMs : first,
      problem: null,
    };
  if (Array.isArray(pending)) {
    // The same step in the other mode, else the nearest step before it that the mode has.
    const ids: readonly string[] = pending;
    const found = ids
      .map((id) => lesson.steps.find((s) => s.id === id))
      .find((s) => s !== undefined);
    return { simulatedMs: found?.endMs ?? first, problem: null };
  }
  const index =
    typeof pending === 'number' ? pending - 1 : lesson.steps.findIndex((s) => s.id === pending);
  const step = lesson.steps[index];
  if (!step) return { simulatedMs: first, problem: { param: 'step', value: String(pending) } };
  return { simulatedMs: step.endMs, problem: null };
}
