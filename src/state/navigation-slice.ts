import { chapterDefinition, defaultChapterId } from '../lesson/chapters.ts';
import {
  lessonStepCount as stepCount,
  lessonStepStartMs as stepStartMs,
} from '../lesson/lesson.ts';
import { fallbackLocale } from '../i18n/locales.ts';
import type { NavigationSlice, SliceCreator } from './app-state.ts';
import { selectLesson } from './current-run.ts';

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  locale: fallbackLocale,
  chapterId: defaultChapterId,
  stepIndex: 0,
  notices: [],

  goToStep: (index) => {
    const run = selectLesson(get());
    const last = Math.max(0, stepCount(run) - 1);
    const stepIndex = Math.min(Math.max(Math.trunc(index), 0), last);
    set(
      { stepIndex, simulatedMs: stepStartMs(run, stepIndex), playing: false },
      undefined,
      'navigation/goToStep',
    );
  },
  nextStep: () => {
    const { stepIndex, goToStep } = get();
    if (stepIndex < stepCount(selectLesson(get())) - 1) goToStep(stepIndex + 1);
  },
  // Like a media player: from inside a step, back to its start; from its start, one step back.
  previousStep: () => {
    const state = get();
    const start = stepStartMs(selectLesson(state), state.stepIndex);
    state.goToStep(state.simulatedMs > start ? state.stepIndex : state.stepIndex - 1);
  },
  firstStep: () => get().goToStep(0),
  lastStep: () => get().goToStep(stepCount(selectLesson(get())) - 1),

  setChapter: (chapterId) =>
    set(
      {
        chapterId,
        mode: chapterDefinition(chapterId).defaultMode,
        stepIndex: 0,
        simulatedMs: 0,
        playing: false,
        inspectedId: null,
      },
      undefined,
      'navigation/setChapter',
    ),
  dismissNotices: () => set({ notices: [] }, undefined, 'navigation/dismissNotices'),

  applyUrlState: (url, notices) => {
    const run = selectLesson(url);
    set(
      {
        locale: url.locale,
        chapterId: url.chapterId,
        mode: url.mode,
        theme: url.theme,
        stepIndex: url.stepIndex,
        simulatedMs: stepStartMs(run, url.stepIndex),
        playing: false,
        notices,
      },
      undefined,
      'navigation/applyUrlState',
    );
  },
});
