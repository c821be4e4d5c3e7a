import { chapterDefinition } from '../chapters/chapters.ts';
import { runScenario, type ChapterRun } from '../chapters/chapter-run.ts';
import type { AppState } from './app-state.ts';

/**
 * The simulator's result for the chapter (or the custom scenario) and mode in the state. Cached by scenario and mode, so
 * it returns the same object until one of them changes (safe as a zustand selector).
 */
export const selectRun = (
  s: Pick<AppState, 'chapterId' | 'mode'> & Partial<Pick<AppState, 'customScenario'>>,
): ChapterRun => runScenario(s.customScenario ?? chapterDefinition(s.chapterId).scenario, s.mode);
