import { useMemo } from 'react';
import type { ChapterRun } from '../../chapters/chapter-run.ts';
import type { ChapterStep } from '../../chapters/chapter-steps.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { timelineScenes } from '../../scene/timeline-scene.ts';
import { visibleResolver } from './visible-element.ts';

export interface StepScene {
  scene: Scene;
  /** What the step touched, as drawn (an element folded into "+N more" is that "+N more"). */
  emphasis: ReadonlySet<string>;
}

/**
 * The scene of a step. Every step, controller or packet, is drawn from one layout (the
 * timeline's universe, built from the run's SceneInput), so nothing moves between steps: a
 * controller step hides what does not exist yet, a packet step shows the world as it is.
 */
export function useChapterScene(
  run: ChapterRun,
  expanded: ReadonlySet<string>,
  step: ChapterStep | null,
): StepScene | null {
  const scenes = useMemo(
    () => (run.ok ? timelineScenes(run.sceneInput, run.events, expanded) : null),
    [run, expanded],
  );
  return useMemo(() => {
    if (!run.ok || !scenes) return null;
    if (!step || step.kind === 'packet') {
      const scene = scenes.universe;
      const visible = visibleResolver(scene, run.sceneInput);
      return { scene, emphasis: new Set(step ? [visible(step.segment.to)] : []) };
    }
    const { scene } = scenes.at(step.sceneIndex);
    const visible = visibleResolver(scene, run.sceneInput);
    const drawn = new Set(scene.nodes.map((n) => n.id));
    const emphasis = new Set(
      step.events
        .flatMap((e) => e.focus)
        .map(visible)
        .filter((id) => drawn.has(id)),
    );
    return { scene, emphasis };
  }, [run, scenes, step]);
}
