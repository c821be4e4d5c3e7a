import { useMemo } from 'react';
import type { ChapterRun } from '../../chapters/chapter-run.ts';
import { buildScene } from '../../scene/build-scene.ts';
import type { Scene } from '../../scene/scene-model.ts';

/** The scene of a run with the reader's expanded groups; rebuilt only when either changes. */
export function useChapterScene(run: ChapterRun, expanded: ReadonlySet<string>): Scene | null {
  return useMemo(() => (run.ok ? buildScene(run.sceneInput, expanded) : null), [run, expanded]);
}
