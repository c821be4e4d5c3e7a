import type { ChapterId, TargetMode } from '../lesson/chapters.ts';
import { lessonStepCount, lessonStepIndexOf, type Lesson } from '../lesson/lesson.ts';
import { selectLesson } from './current-run.ts';
import type { StepNames } from './url-sync.ts';

/** The chapter's lesson, or null if it cannot be built (the chapter page says why). */
function lessonOf(chapterId: ChapterId, mode: TargetMode): Lesson | null {
  try {
    return selectLesson({ chapterId, mode });
  } catch {
    return null;
  }
}

/** The address names a written chapter's steps by id; the playground's by number. */
export const appStepNames: Extract<StepNames, { count: unknown }> = {
  count: (chapterId, mode) => {
    const lesson = lessonOf(chapterId, mode);
    return lesson ? lessonStepCount(lesson) : 0;
  },
  idOf: (chapterId, mode, index) => {
    const lesson = lessonOf(chapterId, mode);
    const step = lesson?.ok ? lesson.steps[index] : undefined;
    return step && !/^step-\d+$/.test(step.id) ? step.id : null;
  },
  indexOf: (chapterId, mode, id) => {
    const lesson = lessonOf(chapterId, mode);
    return lesson ? lessonStepIndexOf(lesson, id) : -1;
  },
};
