import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppState, StoreDeps } from './app-state.ts';
import { createLessonSlice } from './lesson-slice.ts';
import { workerLessons } from './lesson-source.ts';
import { createModeSlice } from './mode-slice.ts';
import { createNavigationSlice } from './navigation-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createViewSlice } from './view-slice.ts';

/**
 * A fresh store: one per app, and one per test. Middleware sits only here, at the root. Lessons
 * come from a Web Worker unless the caller says otherwise (tests build them in process).
 */
export const createAppStore = (deps: StoreDeps = { lessons: workerLessons() }) =>
  create<AppState>()(
    devtools(
      (set, get, api) => ({
        ...createNavigationSlice(set, get, api, deps),
        ...createModeSlice(set, get, api, deps),
        ...createLessonSlice(set, get, api, deps),
        ...createPlaybackSlice(set, get, api, deps),
        ...createViewSlice(set, get, api, deps),
      }),
      { name: 'aws-lbc-explained' },
    ),
  );

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Always read it through a selector: `useAppStore(selectStepIndex)`. */
export const useAppStore = createAppStore();
