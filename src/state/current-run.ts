import { chapterDefinition } from '../lesson/chapters.ts';
import { runScenario, type ChapterRun } from '../lesson/chapter-run.ts';
import { lessonFromRun } from '../lesson/fallback-lesson.ts';
import { lessonOf, type Lesson } from '../lesson/lesson.ts';
import { chapterSpec } from '../lesson/load-chapters.ts';
import type { AppState } from './app-state.ts';

type RunKeys = Pick<AppState, 'chapterId' | 'mode'> & Partial<Pick<AppState, 'customScenario'>>;

/**
 * The chapter as the reader follows it: a written chapter's steps, or, for the reader's own
 * scenario and the playground, one step per event and hop. Cached by chapter, scenario and mode,
 * so it returns the same object until one of them changes (safe as a zustand selector).
 */
export const selectLesson = (s: RunKeys): Lesson => {
  const spec = s.customScenario ? null : chapterSpec(s.chapterId);
  if (spec) return lessonOf(spec, s.mode);
  const source = s.customScenario ?? chapterDefinition(s.chapterId).scenario;
  return lessonFromRun(runScenario(source, s.mode), s.chapterId);
};

/**
 * The chapter's main run (its scenario in the current mode, without a variant's what-ifs), or
 * the parse errors of the scenario.
 */
export const selectRun = (s: RunKeys): ChapterRun => {
  const lesson = selectLesson(s);
  if (lesson.ok) return lesson.runs.main!;
  if (lesson.failed) return lesson.failed;
  return runScenario(chapterDefinition(s.chapterId).scenario, s.mode);
};
