import { buildLesson } from '../lesson/build-lesson.ts';
import { createAppStore } from './app-store.ts';

/** A store whose lessons are built on the spot (no worker): every action lands at once. */
export const createTestStore = () => createAppStore({ lessons: { load: buildLesson } });
