import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
  traceRequest,
  type SimAction,
  type SimEvent,
  type Timeline,
  type ManifestError,
  type Plan,
  type Trace,
  type World,
} from '../simulator/index.ts';
import { buildPacketTimeline, type PacketTimeline } from '../scene/packet-timeline.ts';
import { sceneInputFromWorld } from '../scene/scene-input-from-world.ts';
import type { SceneInput } from '../scene/scene-input.ts';
import type { Scene } from '../scene/scene-model.ts';
import { buildChapterSteps, type ChapterStep } from './chapter-steps.ts';
import type { ScenarioSource, TargetMode } from './chapters.ts';
import { withTargetType } from './with-target-type.ts';

/** How far the chapter simulates the controller before it follows the packet. */
export const CHAPTER_SIMULATION_MS = 60_000;

/** What the simulator made of one scenario in one mode: everything a chapter page draws. */
export type ChapterRun =
  | {
      ok: true;
      mode: TargetMode;
      /** The manifests' file name. */
      file: string;
      world: World;
      plan: Plan;
      /** Remarks about the input and the reconcile (as the plan command prints them). */
      notes: string[];
      trace: Trace;
      sceneInput: SceneInput;
      /** The packet's path in virtual time (from 0; the packet steps start at packetStartMs). */
      timeline: PacketTimeline;
      /** The controller's timeline from its start (`simulate`), which the first steps tell. */
      events: SimEvent[];
      /** Requests sent by the what-ifs' traffic, by HTTP status. */
      requests: Timeline['requests'];
      /** Every step: the controller's events, then the packet's hops, request then response. */
      steps: ChapterStep[];
      packetStartMs: number;
      durationMs: number;
      /** The default diagram layout, laid out by the lesson worker (absent until then). */
      universe?: Scene;
    }
  | { ok: false; mode: TargetMode; file: string; errors: ManifestError[] };

const cache = new WeakMap<ScenarioSource, Map<TargetMode, ChapterRun>>();

function runUncached(source: ScenarioSource, mode: TargetMode): ChapterRun {
  const file = source.files[mode];
  const parsed = parseManifests([file]);
  if (!parsed.ok) return { ok: false, mode, file: file.name, errors: parsed.error };
  let actions: SimAction[] = [];
  const actionsFile = source.actionsByMode?.[mode] ?? source.actions;
  if (actionsFile) {
    const read = parseActions(actionsFile);
    if (!read.ok) return { ok: false, mode, file: actionsFile.name, errors: [read.error] };
    actions = read.value;
  }
  const objects = source.targetTypeFromMode
    ? withTargetType(parsed.value.objects, source.startTargetType?.[mode] ?? mode)
    : parsed.value.objects;
  const world = buildWorld({ ...parsed.value, objects });
  const reconciled = reconcile(world);
  const trace = traceRequest(
    world,
    {
      url: source.url,
      seed: source.seed,
      ...(source.clientIp ? { clientIp: source.clientIp } : {}),
    },
    reconciled,
  );
  const timeline = buildPacketTimeline(trace);
  const simulated = simulate(world, actions, {
    seed: source.seed,
    untilMs: source.untilMs ?? CHAPTER_SIMULATION_MS,
  });
  const { events } = simulated;
  return {
    ok: true,
    mode,
    file: file.name,
    world,
    plan: reconciled.plan,
    notes: reconciled.notes,
    trace,
    sceneInput: sceneInputFromWorld(world, reconciled.plan, reconciled.stacks, events),
    timeline,
    events,
    requests: simulated.requests,
    ...buildChapterSteps(events, timeline, source.tell),
  };
}

/**
 * Parses, reconciles and traces a scenario once per mode; later calls return the same object, so
 * selectors and memoised hooks can compare runs by reference.
 */
export function runScenario(source: ScenarioSource, mode: TargetMode): ChapterRun {
  let byMode = cache.get(source);
  if (!byMode) {
    byMode = new Map();
    cache.set(source, byMode);
  }
  let run = byMode.get(mode);
  if (!run) {
    run = runUncached(source, mode);
    byMode.set(mode, run);
  }
  return run;
}
