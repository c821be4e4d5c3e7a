import { buildLesson, type LessonRequest } from './build-lesson.ts';
import { withLaidOutScenes } from './run-scenes.ts';
import type { Lesson } from './lesson-time.ts';

/**
 * A lesson as the page receives it: built, with every run's scene laid out. The lesson worker
 * answers with this, and the build computes the first chapter's the same way (first-lesson).
 */
export function pageLesson(request: LessonRequest): Lesson {
  const lesson = buildLesson(request);
  return lesson.ok ? withLaidOutScenes(lesson) : lesson;
}
