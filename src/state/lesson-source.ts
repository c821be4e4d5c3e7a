import type { LessonRequest } from '../lesson/build-lesson.ts';
import type { Lesson } from '../lesson/lesson-time.ts';
import { takeFirstLesson } from './first-lesson.ts';
import { lessonWorker } from './lesson-worker.ts';

/** Where lessons come from: a Web Worker in the browser, the same thread in tests and Node. */
export interface LessonSource {
  load: (request: LessonRequest) => Lesson | Promise<Lesson>;
}

/** The lesson's cache key: a chapter in a mode, or the reader's own scenario in a mode. */
const customIds = new WeakMap<object, number>();
let nextCustomId = 1;
export function lessonKey(request: LessonRequest): string {
  if (!request.custom) return `${request.chapterId}/${request.mode}`;
  let id = customIds.get(request.custom);
  if (id === undefined) customIds.set(request.custom, (id = nextCustomId++));
  return `${request.chapterId}/${request.mode}/custom-${id}`;
}

/**
 * Where there is no Web Worker (a test's Node or jsdom, which pass a source of their own), every
 * lesson fails with this message; the page says so instead of running the simulator here.
 */
const noWorker: LessonSource = {
  load: () => Promise.reject(new Error('this browser cannot start a Web Worker')),
};

/** Builds lessons in a Web Worker, so the simulator never runs on (or loads into) the page. */
export function workerLessons(): LessonSource {
  if (typeof Worker === 'undefined') return noWorker;
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (l: Lesson) => void; reject: (e: Error) => void }>();
  const start = () => {
    const created = lessonWorker();
    created.onmessage = (
      message: MessageEvent<{ id: number; lesson?: Lesson; error?: string }>,
    ) => {
      const pending = waiting.get(message.data.id);
      if (!pending) return;
      waiting.delete(message.data.id);
      if (message.data.lesson) pending.resolve(message.data.lesson);
      else pending.reject(new Error(message.data.error ?? 'the lesson could not be built'));
    };
    created.onerror = (event) => {
      event.preventDefault();
      // A script that did not load reports an error with no message: say what failed anyway.
      const message = event.message || 'the lesson worker could not be started';
      for (const pending of waiting.values()) pending.reject(new Error(message));
      waiting.clear();
      worker = null;
    };
    return created;
  };
  const fromWorker = (request: LessonRequest) =>
    new Promise<Lesson>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  return {
    // The first chapter on a first visit: as the build computed it, if it arrives; else the worker.
    load: (request) =>
      (request.custom ? null : takeFirstLesson(lessonKey(request)))?.catch(() =>
        fromWorker(request),
      ) ?? fromWorker(request),
  };
}
