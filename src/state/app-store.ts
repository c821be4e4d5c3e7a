import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppState } from './app-state.ts';
import { createModeSlice } from './mode-slice.ts';
import { createNavigationSlice } from './navigation-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createViewSlice } from './view-slice.ts';

/** A fresh store: one per app, and one per test. Middleware sits only here, at the root. */
export const createAppStore = () =>
  create<AppState>()(
    devtools(
      (...a) => ({
        ...createNavigationSlice(...a),
        ...createModeSlice(...a),
        ...createPlaybackSlice(...a),
        ...createViewSlice(...a),
      }),
      { name: 'aws-lbc-explained' },
    ),
  );

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Always read it through a selector: `useAppStore(selectStepIndex)`. */
export const useAppStore = createAppStore();
