import { useMemo } from 'react';
import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { LessonPart } from '../../lesson/lesson.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { timelineScenes } from '../../scene/timeline-scene.ts';
import { visibleResolver } from './visible-element.ts';

export interface StepScene {
  scene: Scene;
  /** What the step touched, as drawn (an element folded into "+N more" is that "+N more"). */
  emphasis: ReadonlySet<string>;
}

/**
 * The scene of a part. Every part, controller or packet, is drawn from one layout (the
 * timeline's universe, built from the run's SceneInput), so nothing moves between steps: an
 * event or a still hides what does not exist yet, a packet hop shows the world as it is.
 * `focus` is what the chapter's step asks to emphasise on top.
 */
export function useChapterScene(
  run: ChapterRun,
  expanded: ReadonlySet<string>,
  part: LessonPart | null,
  focus: readonly string[] = [],
): StepScene | null {
  const scenes = useMemo(
    () => (run.ok ? timelineScenes(run.sceneInput, run.events, expanded) : null),
    [run, expanded],
  );
  return useMemo(() => {
    if (!run.ok || !scenes) return null;
    if (!part || part.kind === 'packet') {
      const scene = scenes.universe;
      const visible = visibleResolver(scene, run.sceneInput);
      return { scene, emphasis: new Set(part ? [visible(part.segment.to)] : []) };
    }
    const { scene } = scenes.at(part.sceneIndex);
    const visible = visibleResolver(scene, run.sceneInput);
    const drawn = new Set(scene.nodes.map((n) => n.id));
    const touched = part.kind === 'event' ? part.events.flatMap((e) => e.focus) : [];
    const emphasis = new Set([...touched, ...focus].map(visible).filter((id) => drawn.has(id)));
    return { scene, emphasis };
  }, [run, scenes, part, focus]);
}
