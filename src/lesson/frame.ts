import type { Scene, SceneNode } from '../scene/scene-model.ts';
import { routeElementOf, type PacketSegment } from '../scene/packet-timeline.ts';
import { ancestorsOf } from '../scene/geometry.ts';
import { GROUP_KINDS } from '../scene/scene-model.ts';
import type { EventStep } from './chapter-steps.ts';
import {
  lessonStepIndexAt,
  partAt,
  type Lesson,
  type LessonPart,
  type LessonStep,
  type OkRun,
} from './lesson-time.ts';
import { offThePath, routeOf } from './packet-route.ts';
import { eventViewAt, packetViewAt, type PacketView } from './packet-view.ts';
import {
  changedBetween,
  indexAfter,
  indexBefore,
  keyOf,
  noExpanded,
  sceneFor,
  scenesOf,
  touchedBy,
} from './run-scenes.ts';
import { splitMarks } from './step-lead.ts';
import { subjectOf } from './step-subject.ts';
import { visibleResolver } from './visible-element.ts';

export type OkLesson = Extract<Lesson, { ok: true }>;

/** How the frame is drawn: which folded groups the reader opened, and whether motion is wanted. */
export interface FrameOptions {
  expanded?: ReadonlySet<string>;
  /**
   * Groups the reader closed ("show fewer") at step `stepIndex` that the step had opened itself
   * (withFoldsOpened): they stay closed at that step; another step opens them by its own rule.
   */
  collapsed?: FoldsClosed | null;
  reducedMotion?: boolean;
}

/** The groups the reader closed at one step (FrameOptions.collapsed). */
export interface FoldsClosed {
  stepIndex: number;
  ids: ReadonlySet<string>;
}

/** What the narration line says, as data (the ui translates it). */
export type FrameNarration =
  | { kind: 'still'; atSeconds: number | null }
  | { kind: 'event'; step: EventStep }
  | { kind: 'hop'; segment: PacketSegment };

/**
 * Everything on screen at one moment of a lesson: the scene, what to emphasise, the token that
 * moves, the part of the step the clock is in, and what the narration tells. The chapter player,
 * the compare view, reading mode and the quiz all draw from this one function.
 */
export interface Frame {
  stepIndex: number;
  step: LessonStep;
  /** The event, hop or still the clock is in (at a settled frame: the step's last part). */
  part: LessonPart;
  /** The run the step reads (the chapter's main run or one of its variants). */
  run: OkRun;
  scene: Scene;
  /** What the step touches, as drawn (an element folded into "+N more" is that "+N more"). */
  emphasis: ReadonlySet<string>;
  /**
   * At a settled controller step, the AWS cards it touched that it is not about (step-lead.ts):
   * neither emphasised nor dimmed, so the one it is about stands out among them.
   */
  also: ReadonlySet<string>;
  /** What the step changed: elements that appeared or changed state between its start and end. */
  changed: ReadonlySet<string>;
  packet: PacketView | null;
  /**
   * The packet's route while the step follows it: the edges it travels (request and response),
   * highlighted; empty on the controller's steps.
   */
  route: ReadonlySet<string>;
  /**
   * Elements that play no part at this moment, drawn faded: on a packet step every card off the
   * route; on a controller step every card the step does not touch (none when it touches none).
   */
  dimmed: ReadonlySet<string>;
  /**
   * At a settled frame, the element the step is about (what its last event touched, or a still's
   * first focus); the camera centres on it when the whole focus does not fit. Null while playing.
   */
  subject: string | null;
  /**
   * At a settled frame, every element the chapter declares the step is about that is drawn: the
   * camera keeps them in view together when they fit (a binding and the Ingress it is written
   * beside), around the subject. Empty while playing.
   */
  subjects: readonly string[];
  /** True when the clock stands at the step's end: everything its prose describes is on screen. */
  settled: boolean;
  narration: FrameNarration;
}

function narrationOf(run: OkRun, part: LessonPart): FrameNarration {
  if (part.kind === 'event') return { kind: 'event', step: part };
  if (part.kind === 'packet') return { kind: 'hop', segment: part.segment };
  return {
    kind: 'still',
    atSeconds: part.sceneIndex < 0 ? null : (run.events[part.sceneIndex]?.atMs ?? 0) / 1000,
  };
}

/**
 * The packet or the controller's token at time `t` inside a part. A token bound for an element
 * folded into "+N more" travels to that "+N more"; an element not drawn yet is replaced by its
 * zone.
 */
function tokenAt(
  run: OkRun,
  part: LessonPart,
  scene: Scene,
  t: number,
  reducedMotion: boolean,
): PacketView | null {
  const visible = visibleResolver(scene, run.sceneInput);
  if (part.kind === 'event') {
    const ids = new Set(scene.nodes.map((n) => n.id));
    const drawn = (id: string) => {
      const shown = visible(id);
      return ids.has(shown) ? shown : null;
    };
    return eventViewAt(part, t, reducedMotion, drawn, scenesOf(run).focusOf);
  }
  if (part.kind === 'packet') {
    // The part's hop is segment.startMs into the run's packet timeline.
    const offset = part.startMs - part.segment.startMs;
    const at = packetViewAt(run.timeline, Math.min(t, part.endMs - 1e-6) - offset, reducedMotion);
    const drawnAt = (id: string) => {
      const eni = visible(routeElementOf(id));
      return scene.nodes.some((n) => n.id === eni) ? eni : visible(id);
    };
    return at && { ...at, from: drawnAt(at.from), to: drawnAt(at.to) };
  }
  return null;
}

/**
 * The frame of `lesson` at chapter time `t`. Inside a step the clock plays its parts one by one;
 * from the step's end until the next step starts the frame is settled: the scene after the
 * step's last part, everything the step touched emphasised, what it changed marked, and the
 * packet (on a packet step) arrived where the step leaves it.
 */
export function frameAt(lesson: OkLesson, t: number, options: FrameOptions = {}): Frame | null {
  const stepIndex = lessonStepIndexAt(lesson, t);
  const step = lesson.steps[stepIndex];
  const run = step ? lesson.runs[step.variant] : undefined;
  if (!step || !run || step.parts.length === 0) return null;
  const settled = t >= step.endMs;
  const part = settled ? step.parts.at(-1)! : partAt(step, t);
  const closed = options.collapsed?.stepIndex === stepIndex ? options.collapsed.ids : noExpanded;
  const still = stillOf(run, step, part, settled, options.expanded ?? noExpanded, closed);
  const reducedMotion = options.reducedMotion ?? false;
  let packet: PacketView | null;
  if (settled) {
    const arrived =
      part.kind === 'packet' ? tokenAt(run, part, still.scene, part.endMs, false) : null;
    packet = arrived && { ...arrived, progress: 1 };
  } else packet = tokenAt(run, part, still.scene, t, reducedMotion);
  return { ...still, stepIndex, step, part, run, settled, packet };
}

type StillFrame = Pick<
  Frame,
  | 'scene'
  | 'emphasis'
  | 'also'
  | 'changed'
  | 'narration'
  | 'route'
  | 'dimmed'
  | 'subject'
  | 'subjects'
>;
const stills = new WeakMap<LessonPart, Map<string, StillFrame>>();

/** What stays the same while the clock is in one part (the same object every time it is asked). */
function stillOf(
  run: OkRun,
  step: LessonStep,
  part: LessonPart,
  settled: boolean,
  expanded: ReadonlySet<string>,
  closed: ReadonlySet<string>,
): StillFrame {
  let byKey = stills.get(part);
  if (!byKey) stills.set(part, (byKey = new Map()));
  const key = `${settled}|${keyOf(expanded)}|${keyOf(closed)}`;
  let still = byKey.get(key);
  if (!still) {
    const opened = foldsOpenedFor(run, step, expanded, closed);
    byKey.set(key, (still = buildStill(run, step, part, settled, opened)));
  }
  return still;
}

const foldsOpened = new WeakMap<LessonStep, Map<string, ReadonlySet<string>>>();

/** withFoldsOpened, worked out once per step and set of expanded groups (not once per part). */
function foldsOpenedFor(
  run: OkRun,
  step: LessonStep,
  expanded: ReadonlySet<string>,
  closed: ReadonlySet<string>,
): ReadonlySet<string> {
  let byKey = foldsOpened.get(step);
  if (!byKey) foldsOpened.set(step, (byKey = new Map()));
  const key = `${keyOf(expanded)}|${keyOf(closed)}`;
  let opened = byKey.get(key);
  if (!opened) byKey.set(key, (opened = withFoldsOpened(run, step, expanded, closed)));
  return opened;
}

/**
 * The reader's expanded groups, and each group whose "+N more" hides something the step is
 * about while it is there (a pod its events touch or the chapter declares): the step draws
 * that group open, so what its narration names is drawn and ringed, not the placeholder
 * (change-over-time rollout-502: the new pod folded on domain-api-1's node). One set for the
 * whole step, so the layout does not move between its parts. A group the reader `closed` at
 * this step stays closed.
 */
function withFoldsOpened(
  run: OkRun,
  step: LessonStep,
  expanded: ReadonlySet<string>,
  closed: ReadonlySet<string>,
): ReadonlySet<string> {
  const scenes = scenesOf(run, expanded);
  const ids = [...step.parts.flatMap((p) => touchedBy(run, p, scenes)), ...step.focus];
  const opened = new Set(expanded);
  for (const part of step.parts) {
    const scene = sceneFor(run, scenes, part);
    const drawn = new Set(scene.nodes.map((n) => n.id));
    for (const fold of scene.nodes) {
      const group = fold.kind === 'more' && fold.parent !== null ? fold.parent : null;
      if (group === null || opened.has(group) || closed.has(group) || fold.id !== `more:${group}`)
        continue;
      const open = sceneFor(run, scenesOf(run, new Set([...expanded, group])), part);
      const hidden = new Set(open.nodes.map((n) => n.id).filter((id) => !drawn.has(id)));
      if (ids.some((id) => hidden.has(id))) opened.add(group);
    }
  }
  return opened.size === expanded.size ? expanded : opened;
}

function buildStill(
  run: OkRun,
  step: LessonStep,
  part: LessonPart,
  settled: boolean,
  expanded: ReadonlySet<string>,
): StillFrame {
  const scenes = scenesOf(run, expanded);
  const first = step.parts[0]!;
  const last = step.parts.at(-1)!;
  const scene = sceneFor(run, scenes, part);
  const visible = visibleResolver(scene, run.sceneInput);
  const drawn = new Set(scene.nodes.map((n) => n.id));
  // What stays folded after withFoldsOpened is not there at this moment (a pod gone before the
  // step settles): its group stands for it, not a "+N more" that does not hold it.
  const drawnAs = (id: string) => {
    const shownAs = visible(id);
    return shownAs.startsWith('more:') ? shownAs.slice('more:'.length) : shownAs;
  };
  const shown = (ids: Iterable<string>) =>
    new Set([...ids].map(drawnAs).filter((id) => drawn.has(id)));

  const before = scenes.at(indexBefore(run, first)).scene;
  const after = scenes.at(indexAfter(run, last)).scene;
  const changed = settled ? shown(changedBetween(before, after)) : new Set<string>();
  const touched = settled
    ? step.parts.flatMap((p) => touchedBy(run, p, scenes))
    : touchedBy(run, part, scenes);
  // Only what the step's events touched and what the chapter declares: not everything that
  // appeared with it (a load balancer's address and its nodes in the zones come with the load
  // balancer, whose card is marked), nor, once settled, what the chapter leaves unmarked.
  const unmarked = new Set(settled ? (step.unmarked ?? []) : []);
  const marks = shown([...touched, ...step.focus].filter((id) => !unmarked.has(id)));
  // A settled controller step rings what it is about; the other AWS cards it made stay unfaded.
  const controllerStep = settled && step.parts.every((p) => p.kind !== 'packet');
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const wholeOf = (id: string) =>
    ancestorsOf(id, byId).find((a) => WHOLE_OBJECTS.has(byId.get(a)?.kind ?? 'more')) ?? null;
  const lead = step.focus.length > 0 ? shown(step.focus) : shown(touchedBy(run, last, scenes));
  const { emphasis, also } = controllerStep
    ? splitMarks(marks, lead, (id) => byId.get(id)?.kind, wholeOf, step.focus.length > 0)
    : { emphasis: marks, also: new Set<string>() };
  const onRoute = part.kind === 'packet' ? routeOf(run, scene, visible) : null;
  const route = onRoute?.edges ?? new Set<string>();
  const lit = new Set([...emphasis, ...also, ...(onRoute?.elements ?? [])]);
  const dimmed = new Set<string>();
  const ipRoute = part.kind === 'packet' && run.trace.summary.targetType === 'ip';
  // kube-proxy is not on an ip target's path: faded even inside a node the step points at.
  if (ipRoute)
    for (const node of scene.nodes)
      if (node.kind === 'kube-proxy' && !emphasis.has(node.id)) dimmed.add(node.id);
  if (lit.size > 0) {
    // A container that holds something lit stays lit, and so do the parts of a marked load
    // balancer or target group (its address, listeners, rules, targets). What a marked EC2 node
    // runs is not its part: a watch of the Node lights the node, not its pods.
    for (const id of [...lit]) for (const a of ancestorsOf(id, byId)) lit.add(a);
    const partOfMarked = (node: SceneNode) => {
      const parent = node.parent === null ? undefined : byId.get(node.parent);
      return (
        parent !== undefined &&
        WHOLE_OBJECTS.has(parent.kind) &&
        (emphasis.has(parent.id) || also.has(parent.id))
      );
    };
    for (const node of scene.nodes)
      if (!GROUP_KINDS.has(node.kind) && !lit.has(node.id) && !partOfMarked(node))
        dimmed.add(node.id);
  }
  return {
    scene: ipRoute ? offThePath(scene) : scene,
    emphasis,
    also,
    changed,
    route,
    dimmed,
    narration: narrationOf(run, part),
    subject: settled ? subjectOf(run, step, scenes, shown, changed) : null,
    subjects: settled ? [...shown(step.focus)] : [],
  };
}

/** Containers whose cards are parts of one object (marked with it), unlike an EC2 node's. */
const WHOLE_OBJECTS: ReadonlySet<SceneNode['kind']> = new Set(['load-balancer', 'target-group']);

/** The settled frame of step `index` (what Next, Previous and a deep link land on). */
export function settledFrame(
  lesson: OkLesson,
  index: number,
  options: FrameOptions = {},
): Frame | null {
  const step = lesson.steps[index];
  return step ? frameAt(lesson, step.endMs, options) : null;
}
