import type { Hop, SimEventKind } from '../simulator/index.ts';
import type { ChapterId, TargetMode } from './chapters.ts';

/** Picks events on a run's timeline; every field given must match. */
export interface EventQuery {
  kind: SimEventKind;
  /** An AWS or STS call's operation (`CreateLoadBalancer`). */
  operation?: string;
  /** A watch event's object kind (`Ingress`) or a Kubernetes event's reason (`SuccessfullyReconciled`). */
  objectKind?: string;
  reason?: string;
  /** A target-health change's new state (`healthy`, `draining`, `unused`…). */
  state?: string;
  /** A what-if's name (`rolling-update`) for `action` events. */
  action?: string;
  /** A pod event's phase (`terminating`, `ready`, `prestop-done`…). */
  phase?: string;
  /** Which match, counting from 1 (default 1); -1 is the last one. */
  nth?: number;
}

/** Picks a hop of the traced request; `nth` counts matches from 1 (-1: the last). */
export interface HopQuery {
  at: Hop['at'];
  direction?: 'request' | 'response';
  nth?: number;
}

/**
 * What a step shows. A step is a query on the simulator's output, not a picture, so the same
 * chapter replays in both modes: a range of the controller's events, a range of the packet's
 * hops, or the world as it stands at one moment.
 */
export type StepShow =
  | { events: EventQuery; until?: EventQuery }
  | { hops: HopQuery; until?: HopQuery }
  | { still: 'start' | 'end' | EventQuery };

/**
 * Something a step's settled frame must show, checked by the consistency test in every mode the
 * chapter has: an element drawn (or `absent`), in a state (a target's or pod's state, `healthy`
 * for a target group's count of healthy targets), or emphasised.
 */
export interface FrameExpectation {
  /** A diagram id (`tg:default/x:80`, `pod:default/web-1`, `lb:default/domain-ingress`…). */
  id: string;
  /** Only in this mode (ids of targets differ between the modes). */
  mode?: TargetMode;
  /** The element is not drawn at all. */
  absent?: true;
  /** A target's health state (`healthy`, `unhealthy`, `draining`…) or a pod's (`ready`, `terminating`…). */
  state?: string;
  /** A target group: how many of its registered targets are healthy (and, optionally, of how many). */
  healthy?: number;
  total?: number;
  /**
   * A security group's inbound rules as its card writes them (`443 ← 0.0.0.0/0`; `31666 ←
   * k8s-traffic-…` on the nodes' group); `—`: none yet.
   */
  rules?: string;
  /** What the card says under its name (a Service's `NodePort 31666` or `ClusterIP`). */
  detail?: string;
  /** An Ingress's warning badge: the reason of its last Warning event (`FailedBuildModel`…); null: none. */
  warning?: string | null;
  /** The step marks it (it changed, or the step touched it). */
  emphasised?: true;
}

export interface StepSpec {
  /** A slug; part of shared links (`?step=register-targets`). Never rename one. */
  id: string;
  /** The modes the step exists in (default: every mode the chapter has). */
  modes?: readonly TargetMode[];
  /** What the step's settled frame must show; a test checks every declaration in every mode. */
  shows?: readonly FrameExpectation[];
  /** Which run the step reads: `main` (the default) or one of the chapter's variants. */
  variant?: string;
  show: StepShow;
  /** Diagram ids to emphasise besides what the step's events touch; checked by a test in both modes. */
  focus?: readonly string[];
  /**
   * Of the focus, the one the camera stands on when the settled step is too big to show whole
   * (default: the one the step's latest event touched). For a step whose focus lies far apart and
   * whose prose is about one of them first (the new ALB rather than the Ingress that moved to it).
   */
  camera?: string;
  /**
   * Diagram ids the step's events name that its prose is not about, left unmarked at its settled
   * frame (the members of an IngressGroup the controller reconciles again, unchanged, while the
   * step is about the one that left it).
   */
  unmarked?: readonly string[];
}

/** A run of the chapter's scenario with other what-ifs or another request. */
export interface VariantSpec {
  /** `simulate --actions` YAML. */
  actions?: string;
  url?: string;
  seed?: number;
  untilMs?: number;
  tell?: readonly SimEventKind[];
  /**
   * The run starts with the other target type, and at `at` the Ingress `ingress` switches to the
   * mode being read (a `setTargetType` what-if after `actions`): each mode shows the switch into it.
   */
  switchTargetType?: { ingress: string; at: string };
}

/**
 * A question at the end of the chapter. `next-hop` and `registered-target` are asked and graded
 * by the simulator with a fresh random scenario each time; `choice` is graded by its key.
 */
export type QuizSpec =
  | { id: string; kind: 'next-hop'; urls: readonly string[]; variant?: string }
  | { id: string; kind: 'registered-target' }
  | { id: string; kind: 'choice'; options: readonly string[]; answer: string };

export interface ChapterSpec {
  id: ChapterId;
  /** The manifests (`scenario.yaml`) and the name shown for them. */
  scenario: { name: string; text: string };
  defaultMode: TargetMode;
  /** The modes the chapter makes sense in; the toggle appears only where there are two. */
  modes: readonly TargetMode[];
  /** The request the packet steps follow, and the seed that picks its target and pod. */
  request: { url: string; seed: number };
  /** What-ifs on the main run, and how far to simulate it. */
  actions?: string;
  untilMs?: number;
  tell?: readonly SimEventKind[];
  variants?: Readonly<Record<string, VariantSpec>>;
  /** The steps in reading order; none for the playground (every event and hop is a step). */
  steps: readonly StepSpec[];
  quiz: readonly QuizSpec[];
}

/** Identity, for type checking and a readable `chapter.ts`. */
export const defineChapter = (spec: ChapterSpec): ChapterSpec => spec;

/** The controller's story (the default `tell`), for a chapter that tells more. */
export { CONTROLLER_STORY } from './chapter-steps.ts';
