import type { ChapterId, TargetMode } from '../chapters/chapters.ts';
import { lessonStepCount, lessonStepIndexOf } from '../chapters/lesson.ts';
import { selectLesson } from './current-run.ts';
import type { StepNames } from './url-sync.ts';

const lessonOf = (chapterId: ChapterId, mode: TargetMode) => selectLesson({ chapterId, mode });

/** The address names a written chapter's steps by id; the playground's by number. */
export const appStepNames: Extract<StepNames, { count: unknown }> = {
  count: (chapterId, mode) => lessonStepCount(lessonOf(chapterId, mode)),
  idOf: (chapterId, mode, index) => {
    const lesson = lessonOf(chapterId, mode);
    const step = lesson.ok ? lesson.steps[index] : undefined;
    return step && !/^step-\d+$/.test(step.id) ? step.id : null;
  },
  indexOf: (chapterId, mode, id) => lessonStepIndexOf(lessonOf(chapterId, mode), id),
};
