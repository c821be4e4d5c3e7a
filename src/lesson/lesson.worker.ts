/// <reference lib="webworker" />
import type { LessonRequest } from './build-lesson.ts';
import { pageLesson } from './page-lesson.ts';

/** A request from the page: build this lesson and send it back under the same id. */
interface WorkerRequest {
  id: number;
  request: LessonRequest;
}

// The simulator and the YAML parser live here, off the page's main thread.
self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const { id, request } = message.data;
  try {
    self.postMessage({ id, lesson: pageLesson(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
