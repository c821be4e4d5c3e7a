import type { Lesson } from '../lesson/lesson-time.ts';
import type { AppState, LessonSlice, SliceCreator } from './app-state.ts';
import { lessonKey } from './lesson-source.ts';
import { landing } from './landing.ts';

export const requestOf = (s: Pick<AppState, 'chapterId' | 'mode' | 'customScenario'>) => ({
  chapterId: s.chapterId,
  mode: s.mode,
  custom: s.customScenario,
});

export const createLessonSlice: SliceCreator<LessonSlice> = (set, get, _api, deps) => {
  /** Lessons already built, by key: a chapter seen once opens at once (same object every time). */
  const built = new Map<string, Lesson>();
  /** Puts a lesson on the page and lands on the step the reader was going to. */
  const receive = (key: string, lesson: Lesson) => {
    if (get().lessonKey !== key) return;
    const s = get();
    const { simulatedMs, problem } = landing(lesson, s.pendingStep, s.simulatedMs);
    set(
      {
        lesson,
        lessonStale: false,
        lessonError: null,
        pendingStep: null,
        simulatedMs,
        playing: false,
        notices: problem ? [...s.notices.filter((n) => n.param !== 'step'), problem] : s.notices,
      },
      undefined,
      'lesson/receive',
    );
  };
  return {
    lesson: null,
    lessonKey: '',
    lessonStale: false,
    lessonError: null,
    fetchLesson: async (request) => {
      const key = lessonKey(request);
      const ready = built.get(key);
      if (ready) return ready;
      const lesson = await deps.lessons.load(request);
      built.set(key, lesson);
      return lesson;
    },
    applyPending: () => {
      const { lesson, lessonKey: key, lessonStale } = get();
      if (lesson && !lessonStale) receive(key, lesson);
    },
    loadLesson: () => {
      const request = requestOf(get());
      const key = lessonKey(request);
      const { lessonKey: shownKey, lesson: shown } = get();
      if (shownKey === key && shown) return; // here, or (stale) on its way
      const ready = built.get(key);
      // The same chapter in the other target type: the picture stays (busy) until the new one lands,
      // so the diagram updates in place instead of being torn down and built again.
      const sameChapter = shown?.ok === true && shownKey.startsWith(`${request.chapterId}/`);
      const keep = sameChapter && !ready;
      set(
        { lessonKey: key, lesson: keep ? shown : null, lessonStale: keep, lessonError: null },
        undefined,
        'lesson/request',
      );
      if (ready) return receive(key, ready);
      let answer: Lesson | Promise<Lesson>;
      try {
        answer = deps.lessons.load(request);
      } catch (error) {
        set({ lessonError: String(error) }, undefined, 'lesson/failed');
        return;
      }
      if (answer instanceof Promise)
        answer.then(
          (lesson) => {
            built.set(key, lesson);
            receive(key, lesson);
          },
          (error: unknown) => {
            if (get().lessonKey === key)
              set(
                {
                  lesson: null,
                  lessonStale: false,
                  lessonError: error instanceof Error ? error.message : String(error),
                },
                undefined,
                'lesson/failed',
              );
          },
        );
      else {
        built.set(key, answer);
        receive(key, answer);
      }
    },
  };
};
