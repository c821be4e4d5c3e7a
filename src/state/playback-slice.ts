import { lessonStepIndexAt } from '../lesson/lesson-time.ts';
import type { PlaybackSlice, SliceCreator } from './app-state.ts';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => {
  /** The current step's span, or null without a lesson. */
  const span = () => {
    const { lesson, simulatedMs } = get();
    if (!lesson?.ok || lesson.steps.length === 0) return null;
    const step = lesson.steps[lessonStepIndexAt(lesson, simulatedMs)]!;
    return { step, lesson };
  };
  return {
    playing: false,
    playThrough: false,
    speed: 1,
    simulatedMs: 0,

    // From a settled step, Play replays the step from its start; at the very end of the chapter
    // with "play through", it starts over, like a video.
    play: () => {
      const current = span();
      if (!current) return;
      const { step, lesson } = current;
      const t = get().simulatedMs;
      let from = t;
      if (t >= step.endMs)
        from =
          get().playThrough && step.index === lesson.steps.length - 1 && t >= lesson.durationMs
            ? lesson.steps[0]!.startMs
            : step.startMs;
      set({ simulatedMs: from, playing: true }, undefined, 'playback/play');
    },
    pause: () => set({ playing: false }, undefined, 'playback/pause'),
    togglePlaying: () => (get().playing ? get().pause() : get().play()),
    setPlayThrough: (playThrough) => set({ playThrough }, undefined, 'playback/setPlayThrough'),
    setSpeed: (speed) => {
      if (!Number.isFinite(speed)) return;
      set(
        { speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) },
        undefined,
        'playback/setSpeed',
      );
    },
    seek: (ms) => {
      const { lesson } = get();
      if (!lesson?.ok) return;
      const simulatedMs = Math.min(Math.max(Number.isFinite(ms) ? ms : 0, 0), lesson.durationMs);
      set({ simulatedMs }, undefined, 'playback/seek');
    },
    tick: (realMs) => {
      const state = get();
      const current = span();
      if (!state.playing || !(realMs > 0) || !current) return;
      // Without "play through" the clock stops at the end of the step it is playing.
      const end = state.playThrough ? current.lesson.durationMs : current.step.endMs;
      const simulatedMs = Math.min(end, state.simulatedMs + realMs * state.speed);
      set({ simulatedMs, playing: simulatedMs < end }, undefined, 'playback/tick');
    },
  };
};
