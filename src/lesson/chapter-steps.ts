import type { SimEvent, SimEventKind } from '../simulator/index.ts';
import type { PacketSegment, PacketTimeline } from '../scene/packet-timeline.ts';

/** Virtual milliseconds each controller step lasts on the chapter's clock. */
export const EVENT_STEP_MS = 800;

/** One step of a chapter: something the controller did, or one hop of the packet. */
export type ChapterStep =
  | {
      kind: 'event';
      index: number;
      startMs: number;
      endMs: number;
      /** The event the step tells (its narration and details). */
      event: SimEvent;
      /** Every event the step stands for (several for "the informers list everything"). */
      events: SimEvent[];
      /** The scene is the one right after this event (`timelineScenes(…).at(sceneIndex)`). */
      sceneIndex: number;
      /** Set when the step folds the informers' initial list into one: how many objects. */
      listed: number | null;
    }
  | {
      kind: 'packet';
      index: number;
      startMs: number;
      endMs: number;
      segment: PacketSegment;
    };

export type EventStep = Extract<ChapterStep, { kind: 'event' }>;

/**
 * The kinds a chapter tells before the packet (the default `tell`); the rest (pods, endpoints,
 * kube-proxy) is noise there. A chapter that tells more spreads this list and adds its kinds.
 */
export const CONTROLLER_STORY: readonly SimEventKind[] = [
  'controller-started',
  'irsa-token',
  'sts-call',
  'watch',
  'enqueue',
  'model-built',
  'aws-call',
  'tgb-written',
  'status-updated',
  'k8s-event',
  'retry-scheduled',
  'target-health',
  'readiness-gate',
];
const TOLD: ReadonlySet<SimEventKind> = new Set(CONTROLLER_STORY);

/** The objects the controller reconciles; their watch events are steps of their own. */
const RECONCILED_KINDS = new Set(['Ingress']);

interface Draft {
  events: SimEvent[];
  sceneIndex: number;
  listed: number | null;
}

const isRegistration = (e: SimEvent) => e.kind === 'target-health' && e.before === null;
const isInitialList = (e: SimEvent) => e.kind === 'watch' && e.verb === 'ADDED';

/**
 * Picks the controller's story out of a timeline: start and IRSA, the informers' first list (one
 * step), the Ingress event, the queue, the model, each AWS call, the binding, the status and the
 * event, RegisterTargets with the targets it registers, each health change.
 */
export function curateEvents(
  events: readonly SimEvent[],
  tell: ReadonlySet<SimEventKind> = TOLD,
): Draft[] {
  const drafts: Draft[] = [];
  let listStep: Draft | null = null;
  let previous: Draft | null = null;
  events.forEach((event, index) => {
    if (!tell.has(event.kind)) return;
    // The informers' initial list: every ADDED at the controller's start, one step, except the
    // Ingress (or Service) the controller is about to reconcile.
    if (
      isInitialList(event) &&
      event.kind === 'watch' &&
      !RECONCILED_KINDS.has(event.objectKind) &&
      (listStep === null || listStep.events[0]?.atMs === event.atMs)
    ) {
      if (listStep === null) {
        listStep = { events: [], sceneIndex: index, listed: 0 };
        drafts.push(listStep);
      }
      listStep.events.push(event);
      listStep.sceneIndex = index;
      listStep.listed = listStep.events.length;
      return;
    }
    // RegisterTargets and the registrations it makes are one step: the targets enter together.
    if (
      isRegistration(event) &&
      previous &&
      previous.events.some((e) => e.kind === 'aws-call' && e.operation === 'RegisterTargets')
    ) {
      previous.events.push(event);
      previous.sceneIndex = index;
      return;
    }
    const draft: Draft = { events: [event], sceneIndex: index, listed: null };
    drafts.push(draft);
    previous = draft;
  });
  return drafts;
}

/** The chapter's steps on one clock: the controller's events, then the packet's hops. */
export function buildChapterSteps(
  events: readonly SimEvent[],
  timeline: PacketTimeline,
  tell?: readonly SimEventKind[],
  stepMs: number = EVENT_STEP_MS,
): { steps: ChapterStep[]; packetStartMs: number; durationMs: number } {
  const steps: ChapterStep[] = curateEvents(events, tell ? new Set(tell) : TOLD).map(
    (draft, index) => ({
      kind: 'event',
      index,
      startMs: index * stepMs,
      endMs: (index + 1) * stepMs,
      event: draft.events[0]!,
      events: draft.events,
      sceneIndex: draft.sceneIndex,
      listed: draft.listed,
    }),
  );
  const packetStartMs = steps.length * stepMs;
  for (const segment of timeline.segments)
    steps.push({
      kind: 'packet',
      index: steps.length,
      startMs: packetStartMs + segment.startMs,
      endMs: packetStartMs + segment.endMs,
      segment,
    });
  return { steps, packetStartMs, durationMs: packetStartMs + timeline.durationMs };
}
