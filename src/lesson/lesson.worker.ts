/// <reference lib="webworker" />
import { buildLesson, type LessonRequest } from './build-lesson.ts';
import { withLaidOutScenes } from './frame.ts';

/** A request from the page: build this lesson and send it back under the same id. */
interface WorkerRequest {
  id: number;
  request: LessonRequest;
}

// The simulator and the YAML parser live here, off the page's main thread.
self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const { id, request } = message.data;
  try {
    const lesson = buildLesson(request);
    self.postMessage({ id, lesson: lesson.ok ? withLaidOutScenes(lesson) : lesson });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
