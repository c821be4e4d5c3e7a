import type { ChapterId, TargetMode } from './chapters.ts';
import type { ChapterSpec } from './define-chapter.ts';

/**
 * What the page needs of a chapter before its data arrives: its modes, its steps' ids (for links,
 * progress and the contents) and the request it traces. The full spec (scenario, queries, quiz)
 * loads with the chapter; `chapter-outlines.generated.ts` holds this much of every chapter.
 */
export interface ChapterOutline {
  id: ChapterId;
  defaultMode: TargetMode;
  modes: readonly TargetMode[];
  request: { url: string; seed: number };
  /** Every step's id in reading order, with the modes a step is limited to. */
  steps: readonly { id: string; modes?: readonly TargetMode[] }[];
}

/** The outline of a spec: what the generator writes, and what a test compares. */
export function outlineOf(spec: ChapterSpec): ChapterOutline {
  return {
    id: spec.id,
    defaultMode: spec.defaultMode,
    modes: [...spec.modes],
    request: { url: spec.request.url, seed: spec.request.seed },
    steps: spec.steps.map((step) =>
      step.modes ? { id: step.id, modes: [...step.modes] } : { id: step.id },
    ),
  };
}
