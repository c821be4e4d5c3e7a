import { useCallback, useEffect, useState } from 'react';
import type { OkLesson } from '../../lesson/frame.ts';
import { lessonStepEndMs, lessonStepIndexAt } from '../../lesson/lesson-time.ts';

const MAX_FRAME_MS = 250;

/**
 * The playground's own virtual clock over its lesson: it opens on the last step's settled end
 * (everything built, the request answered); Previous and Next land on a step's end; Play runs
 * from the current step to the lesson's end.
 */
export function usePlaygroundClock(lesson: OkLesson | null) {
  const [clock, setClock] = useState({
    lesson,
    ms: lesson ? lessonStepEndMs(lesson, lesson.steps.length - 1) : 0,
  });
  const [playing, setPlaying] = useState(false);
  // A new lesson (a new run) puts the clock at its end.
  if (clock.lesson !== lesson) {
    setClock({ lesson, ms: lesson ? lessonStepEndMs(lesson, lesson.steps.length - 1) : 0 });
    if (playing) setPlaying(false);
  }
  const ms = clock.ms;

  useEffect(() => {
    if (!playing || !lesson) return;
    let frame = 0;
    let last: number | null = null;
    const onFrame = (now: number) => {
      const elapsed = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
      last = now;
      let done = false;
      setClock((c) => {
        const next = Math.min(c.ms + elapsed, lesson.durationMs);
        done = next >= lesson.durationMs;
        return { ...c, ms: next };
      });
      if (done) setPlaying(false);
      else frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    return () => cancelAnimationFrame(frame);
  }, [playing, lesson]);

  const stepIndex = lesson ? lessonStepIndexAt(lesson, ms) : 0;
  const goTo = useCallback(
    (index: number) => {
      if (!lesson) return;
      setPlaying(false);
      setClock({ lesson, ms: lessonStepEndMs(lesson, index) });
    },
    [lesson],
  );
  const play = useCallback(
    (fromIndex?: number) => {
      if (!lesson) return;
      if (fromIndex !== undefined) setClock({ lesson, ms: lesson.steps[fromIndex]?.startMs ?? 0 });
      else if (ms >= lesson.durationMs) setClock({ lesson, ms: lesson.steps[0]?.startMs ?? 0 });
      setPlaying(true);
    },
    [lesson, ms],
  );
  return { ms, stepIndex, playing, goTo, play, pause: () => setPlaying(false) };
}
