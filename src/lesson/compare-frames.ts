import type { PacketSegment } from '../scene/packet-timeline.ts';
import { settledFrame, type Frame, type FrameOptions, type OkLesson } from './frame.ts';
import type { LessonPart, LessonStep, OkRun } from './lesson-time.ts';

// The compare view's moments: the two target types side by side, lined up by what happens to the
// packet (the load balancer picks a target, kube-proxy rewrites it, the pod receives it), not by
// hop number. Each side shows the settled frame of its own hop at that moment.

/**
 * The moments of the request and its answer that the two modes are compared at, in order:
 * - `target-group`: the load balancer picks a target and connects to it (an EC2 instance on its
 *   NodePort in instance mode, the pod's IP in ip mode);
 * - `node`: the packet arrives on a node's ENI;
 * - `nat`: kube-proxy's DNAT (and SNAT under the Cluster policy), instance mode only (§9.2);
 * - `other-node`: the packet crosses to the node the chosen pod runs on;
 * - `pod`: the pod receives the request;
 * - `un-nat`: conntrack reverses the NAT on the way back;
 * - `client`: the client receives the answer.
 */
export const MOMENTS = [
  'target-group',
  'node',
  'nat',
  'other-node',
  'pod',
  'un-nat',
  'client',
] as const;
export type Moment = (typeof MOMENTS)[number];

const LOAD_BALANCERS = new Set(['alb', 'nlb', 'clb']);

/** The moment each of a run's packet segments stands for (null: one the comparison passes by). */
export function momentsOf(segments: readonly PacketSegment[]): (Moment | null)[] {
  const seen = new Set<Moment>();
  let nodes = 0;
  const last = segments.length - 1;
  return segments.map((segment, index) => {
    const { hop, direction } = segment;
    let moment: Moment | null = null;
    if (direction === 'request') {
      // An in-tree load balancer's own connection to a node is where it picks its target.
      if (hop.at === 'target-group' || (LOAD_BALANCERS.has(hop.at) && hop.before))
        moment = 'target-group';
      else if (hop.at === 'node') moment = nodes++ === 0 ? 'node' : 'other-node';
      else if (hop.at === 'kube-proxy') moment = 'nat';
      else if (hop.at === 'pod') moment = 'pod';
    } else if (hop.at === 'kube-proxy') moment = 'un-nat';
    else if (hop.at === 'client' && index === last) moment = 'client';
    if (moment === null || seen.has(moment)) return null;
    seen.add(moment);
    return moment;
  });
}

/** One mode at a moment: its hop there, or none (then it holds a nearby hop of its own). */
export interface CompareSide {
  /** The segment this mode has at the moment; null when the moment does not happen in it. */
  segment: PacketSegment | null;
  /** The segment whose settled frame the side shows (the held one when `segment` is null). */
  shows: number;
}

export interface CompareMoment {
  moment: Moment;
  sides: readonly [CompareSide, CompareSide];
}

/** For each moment, the index of the segment a run has there. */
function segmentByMoment(segments: readonly PacketSegment[]): Map<Moment, number> {
  const found = new Map<Moment, number>();
  momentsOf(segments).forEach((moment, index) => {
    if (moment) found.set(moment, index);
  });
  return found;
}

/**
 * Where a run without a moment stands instead: on the node's ENI for the NAT and the second node
 * (the request goes straight on to the pod from there), on the node's ENI on the way back for the
 * undone NAT (the answer leaves with the pod's own address). −1: no such segment.
 */
function standIn(moment: Moment, segments: readonly PacketSegment[]): number {
  const isNode = (direction: PacketSegment['direction']) => (s: PacketSegment) =>
    s.direction === direction && s.hop.at === 'node';
  if (moment === 'nat' || moment === 'other-node') {
    const reversed = [...segments].reverse().findIndex(isNode('request'));
    return reversed < 0 ? -1 : segments.length - 1 - reversed;
  }
  if (moment === 'un-nat') return segments.findIndex(isNode('response'));
  return -1;
}

/**
 * The moments both runs are compared at, in order (a moment neither run has is left out). A run
 * without the moment stands in a place of its own that plays that part (ip mode at the NAT: the
 * packet on the node's ENI, about to go straight to the pod), or else holds the segment right
 * before its next moment, or its last one.
 */
export function compareMoments(runs: readonly [OkRun, OkRun]): CompareMoment[] {
  const segments = [runs[0].timeline.segments, runs[1].timeline.segments] as const;
  const found = [segmentByMoment(segments[0]), segmentByMoment(segments[1])] as const;
  const present = MOMENTS.filter((m) => found[0].has(m) || found[1].has(m));
  return present.map((moment, at) => {
    const side = (k: 0 | 1): CompareSide => {
      const index = found[k].get(moment);
      if (index !== undefined) return { segment: segments[k][index]!, shows: index };
      const instead = standIn(moment, segments[k]);
      if (instead >= 0) return { segment: null, shows: instead };
      const next = present.slice(at + 1).find((m) => found[k].has(m));
      const before = present
        .slice(0, at)
        .reverse()
        .find((m) => found[k].has(m));
      const shows =
        next !== undefined
          ? found[k].get(next)! - 1
          : before !== undefined
            ? found[k].get(before)!
            : segments[k].length - 1;
      return { segment: null, shows: Math.max(0, shows) };
    };
    return { moment, sides: [side(0), side(1)] as const };
  });
}

const hopLessons = new WeakMap<OkLesson, OkLesson>();

/**
 * The chapter's main run as a lesson of its own with one step per packet segment, so that each
 * hop has a settled frame (the chapter's own steps may cover several hops, or none).
 */
export function hopLessonOf(lesson: OkLesson): OkLesson | null {
  const known = hopLessons.get(lesson);
  if (known) return known;
  const run = lesson.runs.main;
  if (!run) return null;
  const steps: LessonStep[] = [];
  let clock = 0;
  for (const step of run.steps) {
    if (step.kind !== 'packet') continue;
    const duration = step.endMs - step.startMs;
    const part: LessonPart = {
      ...step,
      variant: 'main',
      index: steps.length,
      startMs: clock,
      endMs: clock + duration,
    };
    steps.push({
      id: `hop-${step.segment.index}`,
      index: steps.length,
      startMs: clock,
      endMs: clock + duration,
      variant: 'main',
      parts: [part],
      focus: [],
    });
    clock += duration + 1;
  }
  const hops: OkLesson = {
    ok: true,
    chapterId: lesson.chapterId,
    mode: lesson.mode,
    runs: { main: run },
    steps,
    durationMs: steps.at(-1)?.endMs ?? 0,
  };
  hopLessons.set(lesson, hops);
  return hops;
}

/** The settled frame one side of a moment shows: its hop's (or the held hop's) settled frame. */
export function sideFrame(
  lesson: OkLesson,
  side: CompareSide,
  options: FrameOptions = {},
): Frame | null {
  const hops = hopLessonOf(lesson);
  return hops ? settledFrame(hops, side.shows, options) : null;
}
