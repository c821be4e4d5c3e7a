import type { ChapterRun } from './chapter-run.ts';
import type { ChapterStep } from './chapter-steps.ts';
import type { ChapterSpec } from './define-chapter.ts';
import type { TargetMode } from './chapters.ts';

// A lesson's shape and its clock: what the page needs to move through a lesson that the worker
// built. Nothing here runs the simulator, so the page can import it without loading it.

/** Virtual milliseconds a still (a step that shows a state, not a change) lasts. */
export const STILL_MS = 1600;

/**
 * Virtual milliseconds between one step's end and the next step's start. The clock stands in
 * this gap when a step is settled, so "the end of step n" and "the start of step n+1" are two
 * different moments (Next lands on the first, Play starts from the second).
 */
export const STEP_GAP_MS = 1;

export type OkRun = Extract<ChapterRun, { ok: true }>;

/** One piece of a step on the chapter's clock: a controller event, a packet hop, or a still. */
export type LessonPart =
  | (ChapterStep & { variant: string })
  | {
      kind: 'still';
      variant: string;
      index: number;
      startMs: number;
      endMs: number;
      /** The scene shown: the one right after this event (−1: before the first). */
      sceneIndex: number;
    };

export interface LessonStep {
  id: string;
  /** 0-based position in the chapter. */
  index: number;
  startMs: number;
  endMs: number;
  variant: string;
  parts: LessonPart[];
  /** Ids the step emphasises on top of what its events touch. */
  focus: readonly string[];
  /** Of the focus, the one the camera stands on (StepSpec.camera). */
  camera?: string;
  /** Ids its events touch that its settled frame does not mark (StepSpec.unmarked). */
  unmarked?: readonly string[];
}

export type Lesson =
  | {
      ok: true;
      chapterId: ChapterSpec['id'];
      mode: TargetMode;
      runs: Readonly<Record<string, OkRun>>;
      steps: LessonStep[];
      durationMs: number;
    }
  | {
      ok: false;
      chapterId: ChapterSpec['id'];
      mode: TargetMode;
      failed: Extract<ChapterRun, { ok: false }>;
    }
  | { ok: false; chapterId: ChapterSpec['id']; mode: TargetMode; failed: null; missing: string[] };

/** The step (0-based) that chapter time `ms` falls in. */
export function lessonStepIndexAt(lesson: Lesson, ms: number): number {
  if (!lesson.ok) return 0;
  let index = 0;
  for (const step of lesson.steps) if (step.startMs <= ms) index = step.index;
  return index;
}

/** The part of a step that chapter time `ms` falls in (the first before its start, the last after). */
export function partAt(step: LessonStep, ms: number): LessonPart {
  let current = step.parts[0]!;
  for (const part of step.parts) if (part.startMs <= ms) current = part;
  return current;
}

/** How many steps a lesson has. */
export const lessonStepCount = (lesson: Lesson): number => (lesson.ok ? lesson.steps.length : 0);

/** The chapter time at which step `index` is settled (its end); out-of-range indexes are clamped. */
export function lessonStepEndMs(lesson: Lesson, index: number): number {
  if (!lesson.ok || lesson.steps.length === 0) return 0;
  return lesson.steps[Math.min(Math.max(index, 0), lesson.steps.length - 1)]!.endMs;
}

/** The chapter time at which step `index` starts; out-of-range indexes are clamped. */
export function lessonStepStartMs(lesson: Lesson, index: number): number {
  if (!lesson.ok || lesson.steps.length === 0) return 0;
  return lesson.steps[Math.min(Math.max(index, 0), lesson.steps.length - 1)]!.startMs;
}

export const lessonDurationMs = (lesson: Lesson): number => (lesson.ok ? lesson.durationMs : 0);

/** The index of the step with this id, or −1. */
export const lessonStepIndexOf = (lesson: Lesson, id: string): number =>
  lesson.ok ? lesson.steps.findIndex((s) => s.id === id) : -1;
