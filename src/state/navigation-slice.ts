import { defaultModeOf, modeFor } from '../lesson/outlines.ts';
import { defaultChapterId } from '../lesson/chapters.ts';
import { lessonStepEndMs, lessonStepIndexAt } from '../lesson/lesson-time.ts';
import { fallbackLocale } from '../i18n/locales.ts';
import type { NavigationSlice, SliceCreator } from './app-state.ts';

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => {
  const stepIndex = () => {
    const { lesson, simulatedMs } = get();
    return lesson ? lessonStepIndexAt(lesson, simulatedMs) : 0;
  };
  const stepCount = () => {
    const { lesson } = get();
    return lesson?.ok ? lesson.steps.length : 0;
  };
  return {
    locale: fallbackLocale,
    chapterId: defaultChapterId,
    notices: [],
    pendingStep: null,

    // Every move lands on the step's settled end: what its prose describes is on screen.
    goToStep: (index) => {
      const { lesson } = get();
      if (!lesson?.ok || lesson.steps.length === 0) return;
      const last = lesson.steps.length - 1;
      const to = Math.min(Math.max(Math.trunc(index), 0), last);
      set(
        { simulatedMs: lessonStepEndMs(lesson, to), playing: false },
        undefined,
        'navigation/goToStep',
      );
    },
    nextStep: () => {
      const index = stepIndex();
      if (index < stepCount() - 1) get().goToStep(index + 1);
      else get().goToStep(index);
    },
    previousStep: () => get().goToStep(stepIndex() - 1),
    firstStep: () => get().goToStep(0),
    lastStep: () => get().goToStep(stepCount() - 1),

    setChapter: (chapterId) => {
      set(
        {
          chapterId,
          mode: defaultModeOf(chapterId),
          customScenario: null,
          pendingStep: null,
          simulatedMs: 0,
          playing: false,
          inspectedId: null,
        },
        undefined,
        'navigation/setChapter',
      );
      get().loadLesson();
    },
    setLocale: (locale) => set({ locale }, undefined, 'navigation/setLocale'),
    dismissNotices: () => set({ notices: [] }, undefined, 'navigation/dismissNotices'),

    applyUrl: (url) => {
      const { mode, fellBack } = modeFor(url.chapterId, url.mode);
      const notices = [...url.problems];
      if (fellBack && url.mode !== null && !notices.some((n) => n.param === 'mode'))
        notices.push({ param: 'mode', value: url.mode });
      set(
        {
          locale: url.locale,
          chapterId: url.chapterId,
          mode,
          theme: url.theme,
          pendingStep: url.step,
          simulatedMs: 0,
          playing: false,
          notices,
        },
        undefined,
        'navigation/applyUrl',
      );
      // The same lesson (back/forward inside a chapter) lands at once; a new one when it arrives.
      const { lesson } = get();
      get().loadLesson();
      if (lesson && get().lesson === lesson) get().applyPending();
    },
  };
};
