import type { TimelineScenes } from '../scene/timeline-scene.ts';
import type { LessonStep, OkRun } from './lesson-time.ts';
import { touchedBy } from './run-scenes.ts';

/** Elements that stand for the actor, not for what a step is about. */
const ACTORS = new Set(['controller', 'apiserver']);

/**
 * What a settled step is about, for the camera: the element the chapter names for the camera when
 * it is drawn; else, of the elements the chapter declares as its focus, the one its latest event
 * touched (else the first declared); else what the step changed
 * and one of its events touched (from its last event back: a pod created, then the Service whose
 * endpoints did not move, is about the pod); else the first thing its last event touched that is
 * not the controller or the API server. Null when none of it is drawn.
 */
export function subjectOf(
  run: OkRun,
  step: LessonStep,
  scenes: TimelineScenes,
  shown: (ids: Iterable<string>) => Set<string>,
  changed: ReadonlySet<string>,
): string | null {
  if (step.camera !== undefined && shown([step.camera]).has(step.camera)) return step.camera;
  const declared = [...shown(step.focus)];
  const byPart = step.parts.map((p) => [...shown(touchedBy(run, p, scenes))]); // a still: nothing
  if (declared[0] !== undefined) {
    // Of what the chapter declares, the part the step ends on: its narration tells that last
    // (l4-vs-l7 "listeners-and-rules" ends on the ALB's rules, not the NLB's listener).
    for (const ids of [...byPart].reverse()) {
      const last = declared.find((id) => ids.includes(id));
      if (last !== undefined) return last;
    }
    return declared[0];
  }
  for (const ids of [...byPart].reverse()) {
    const made = ids.find((id) => changed.has(id));
    if (made !== undefined) return made;
  }
  const ids = byPart.at(-1) ?? [];
  return ids.find((id) => !ACTORS.has(id)) ?? ids[0] ?? null;
}
