import {
  lessonDurationMs as durationMs,
  lessonStepIndexAt as stepIndexAt,
} from '../lesson/lesson.ts';
import type { PlaybackSlice, SliceCreator } from './app-state.ts';
import { selectLesson } from './current-run.ts';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  playing: false,
  speed: 1,
  simulatedMs: 0,

  // Playing from the very end starts over, like a video.
  play: () => {
    const end = durationMs(selectLesson(get()));
    if (end === 0) return;
    if (get().simulatedMs >= end)
      set({ simulatedMs: 0, stepIndex: 0 }, undefined, 'playback/rewind');
    set({ playing: true }, undefined, 'playback/play');
  },
  pause: () => set({ playing: false }, undefined, 'playback/pause'),
  togglePlaying: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => {
    if (!Number.isFinite(speed)) return;
    set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) }, undefined, 'playback/setSpeed');
  },
  seek: (ms) => {
    const run = selectLesson(get());
    const simulatedMs = Math.min(Math.max(Number.isFinite(ms) ? ms : 0, 0), durationMs(run));
    set({ simulatedMs, stepIndex: stepIndexAt(run, simulatedMs) }, undefined, 'playback/seek');
  },
  tick: (realMs) => {
    const state = get();
    if (!state.playing || !(realMs > 0)) return;
    const run = selectLesson(state);
    const end = durationMs(run);
    const simulatedMs = Math.min(end, state.simulatedMs + realMs * state.speed);
    set(
      { simulatedMs, stepIndex: stepIndexAt(run, simulatedMs), playing: simulatedMs < end },
      undefined,
      'playback/tick',
    );
  },
});
