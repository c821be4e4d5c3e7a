/**
 * A run's scenes: laid out once per run and set of opened groups, the scene before and after a
 * lesson part, what changed between two scenes, and what a part touches.
 */
import type { Scene, SceneNode } from '../scene/scene-model.ts';
import { timelineScenes, type TimelineScenes } from '../scene/timeline-scene.ts';
import { packetRouteEdges, routeElementOf } from '../scene/packet-timeline.ts';
import type { Lesson, LessonPart, OkRun } from './lesson-time.ts';

/** A lesson that was built. */
type OkLesson = Extract<Lesson, { ok: true }>;

const scenesCache = new WeakMap<OkRun, Map<string, TimelineScenes>>();
export const noExpanded: ReadonlySet<string> = new Set();
export const keyOf = (expanded: ReadonlySet<string>) => [...expanded].sort().join('\n');

/**
 * The run's scenes, laid out once per run and set of expanded groups; the scene after each event
 * is built once too, so the same moment is always the same object.
 */
export function scenesOf(run: OkRun, expanded: ReadonlySet<string> = noExpanded): TimelineScenes {
  let byExpanded = scenesCache.get(run);
  if (!byExpanded) scenesCache.set(run, (byExpanded = new Map()));
  const key = keyOf(expanded);
  let scenes = byExpanded.get(key);
  if (!scenes) {
    // The default layout comes laid out from the lesson worker; unfolded groups are laid out here.
    const built = timelineScenes(
      run.sceneInput,
      run.events,
      expanded,
      packetRouteEdges(run.timeline),
      expanded.size === 0 ? run.universe : undefined,
    );
    const at = new Map<number, ReturnType<TimelineScenes['at']>>();
    scenes = {
      universe: built.universe,
      at: (index) => {
        let scene = at.get(index);
        if (!scene) at.set(index, (scene = built.at(index)));
        return scene;
      },
      focusOf: built.focusOf,
    };
    byExpanded.set(key, scenes);
  }
  return scenes;
}

/**
 * Lays out every run's default scene now (in the lesson worker), so the page receives it with the
 * lesson instead of routing the diagram on its main thread.
 */
export function withLaidOutScenes<L extends OkLesson>(lesson: L): L {
  for (const run of Object.values(lesson.runs)) run.universe ??= scenesOf(run).universe;
  return lesson;
}

/** The index (into run.events) of the last event before a part's first event; −1 if none. */
export function indexBefore(run: OkRun, part: LessonPart): number {
  if (part.kind === 'event') {
    const first = part.events[0];
    const at = first ? run.events.indexOf(first) : -1;
    return at < 0 ? part.sceneIndex - 1 : at - 1;
  }
  if (part.kind === 'still') return part.sceneIndex;
  return run.events.length - 1;
}

/** The events index whose scene stands after a part (packet parts: the world as it is). */
export function indexAfter(run: OkRun, part: LessonPart): number {
  if (part.kind === 'packet') return run.events.length - 1;
  return part.sceneIndex;
}

/** A node's appearance, to tell whether a step changed it. */
const looks = (node: SceneNode) => JSON.stringify([node.badge, node.a11y, node.detail]);

/** Elements drawn in `after` that were not drawn in `before`, or that look different there. */
export function changedBetween(before: Scene, after: Scene): Set<string> {
  const previous = new Map(before.nodes.map((n) => [n.id, n]));
  const changed = new Set<string>();
  for (const node of after.nodes) {
    const was = previous.get(node.id);
    if (!was || looks(was) !== looks(node)) changed.add(node.id);
  }
  return changed;
}

export function sceneFor(run: OkRun, scenes: TimelineScenes, part: LessonPart): Scene {
  if (part.kind === 'packet') return scenes.universe;
  return scenes.at(part.sceneIndex).scene;
}

/**
 * What a part touches: its events' elements (and the security groups a security-group call
 * names, which the scene marks beside the load balancer the call is for), or the element the
 * packet arrives at (a node's and, where the packet is drawn, its ENI).
 */
export function touchedBy(run: OkRun, part: LessonPart, scenes: TimelineScenes): readonly string[] {
  if (part.kind === 'event')
    return part.events.flatMap((e) => {
      const at = run.events.indexOf(e);
      return at < 0 ? scenes.focusOf(e) : [...scenes.focusOf(e), ...scenes.at(at).emphasis];
    });
  if (part.kind === 'packet') return [part.segment.to, routeElementOf(part.segment.to)];
  return [];
}
