import type { ChapterId, TargetMode } from '../chapters.ts';
import { chapterSpecs } from '../catalogue.ts';
import type { ChapterSpec } from '../define-chapter.ts';
import { lessonOf } from '../lesson.ts';
import type { Lesson } from '../lesson-time.ts';

/** A lesson that was built (its runs and steps). */
export type BuiltLesson = Extract<Lesson, { ok: true }>;

/** Test helper: a chapter's lesson in one mode; throws when it does not build. */
export function chapterLesson(chapter: ChapterId, mode: TargetMode): BuiltLesson {
  const lesson = lessonOf(chapterSpecs.get(chapter)!, mode);
  if (!lesson.ok) throw new Error(`${chapter} ${mode}: no lesson`);
  return lesson;
}

/** Test helper: every chapter's lesson in each of its modes, passing over those that do not build. */
export function* builtLessons(): Generator<{
  id: ChapterId;
  mode: TargetMode;
  spec: ChapterSpec;
  lesson: BuiltLesson;
}> {
  for (const [id, spec] of chapterSpecs)
    for (const mode of spec.modes) {
      const lesson = lessonOf(spec, mode);
      if (lesson.ok) yield { id, mode, spec, lesson };
    }
}

/** Test helper: the index of the step with this id; throws when the lesson has none. */
export function stepIndex(lesson: BuiltLesson, stepId: string): number {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  if (index < 0) throw new Error(`${lesson.chapterId} ${lesson.mode}: no step ${stepId}`);
  return index;
}
