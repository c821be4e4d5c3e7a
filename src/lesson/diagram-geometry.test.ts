import { describe, expect, it } from 'vitest';
import { checkGeometry } from '../scene/geometry.ts';
import { sharedRuns } from '../scene/shared-runs.ts';
import { runScenario } from './chapter-run.ts';
import { chapterSpecs } from './catalogue.ts';
import { chapterIds } from './chapters.ts';
import { lessonFromRun } from './fallback-lesson.ts';
import { frameAt, settledFrame, type Frame, type OkLesson } from './frame.ts';
import { lessonOf } from './lesson.ts';
import { manyPodsScenario } from './many-pods-scenario.ts';

/**
 * The diagram's geometry at every step of every chapter, in each of its target types: no edge
 * passes through a card it does not connect (nor a header or a group's title), and no text
 * overlaps another (cards, headers, titles). Packet steps draw the cross-node hop as well.
 */
const written = chapterIds.filter((id) => id !== 'playground');

const framesOf = (lesson: OkLesson): Frame[] =>
  lesson.steps.flatMap((step, index) => {
    const settled = settledFrame(lesson, index);
    // Mid-step too: the first part of a packet step is a packet frame with its own edges.
    const moving = frameAt(lesson, step.startMs + 1);
    return [settled, moving].filter((f): f is Frame => f !== null);
  });

/**
 * An edge out of a listener or a rule (to a rule or a target group): the load balancer's routing,
 * which a reader follows line by line. None of these may share a stretch of line with an edge it
 * has no card in common with (a rule would seem to forward to another rule's group).
 */
const fromTheListeners = (scene: Frame['scene'], edgeId: string) => {
  const edge = scene.edges.find((e) => e.id === edgeId);
  const kind = scene.nodes.find((n) => n.id === edge?.source)?.kind;
  return kind === 'listener' || kind === 'rule';
};

const measure = (frames: readonly Frame[]) => {
  const seen = new Set<object>();
  let crossings: string[] = [];
  let overlaps: string[] = [];
  let unrouted: string[] = [];
  let shared: string[] = [];
  for (const frame of frames) {
    if (seen.has(frame.scene)) continue;
    seen.add(frame.scene);
    const report = checkGeometry(frame.scene);
    crossings = crossings.concat(report.crossings.map((c) => `${c.edge} × ${c.node}`));
    overlaps = overlaps.concat(report.overlaps.map((o) => `${o.a} × ${o.b}`));
    shared = shared.concat(
      sharedRuns(frame.scene.edges)
        .filter((r) => fromTheListeners(frame.scene, r.a) || fromTheListeners(frame.scene, r.b))
        .map((r) => `${r.a} = ${r.b} on ${r.axis} ${r.at}`),
    );
    const parents = new Map(frame.scene.nodes.map((n) => [n.id, n.parent]));
    const holds = (outer: string, inner: string) => {
      for (let p = parents.get(inner); p; p = parents.get(p)) if (p === outer) return true;
      return false;
    };
    unrouted = unrouted.concat(
      frame.scene.edges
        .filter((e) => !e.points && !holds(e.source, e.target) && !holds(e.target, e.source))
        .map((e) => e.id),
    );
  }
  return {
    crossings: [...new Set(crossings)],
    overlaps: [...new Set(overlaps)],
    unrouted,
    shared: [...new Set(shared)],
  };
};

describe.each(written)('the diagram of %s', (id) => {
  const spec = chapterSpecs.get(id)!;
  it.each(spec.modes)(
    'in %s mode: no edge crosses a card, no text overlaps, every edge routed, no listener or rule line runs on an unrelated line',
    (mode) => {
      const lesson = lessonOf(spec, mode);
      if (!lesson.ok) throw new Error(`${id} ${mode} does not build`);
      const frames = framesOf(lesson);
      expect(frames.length).toBeGreaterThanOrEqual(lesson.steps.length);
      const { crossings, overlaps, unrouted, shared } = measure(frames);
      expect(crossings).toEqual([]);
      expect(overlaps).toEqual([]);
      expect(unrouted).toEqual([]);
      expect(shared).toEqual([]);
    },
  );
});

describe('the 100-pod scene', () => {
  it.each(['instance', 'ip'] as const)(
    'in %s mode keeps its geometry, folded and expanded',
    (mode) => {
      const run = runScenario(manyPodsScenario(10, 10), mode);
      if (!run.ok) throw new Error('many pods');
      const lesson = lessonFromRun(run, 'playground');
      if (!lesson.ok) throw new Error('many pods lesson');
      const expanded = new Set(run.sceneInput.nodes.map((n) => `node:${n.name}`));
      const frames = [
        ...framesOf(lesson),
        ...lesson.steps.map((_, i) => settledFrame(lesson, i, { expanded })!),
      ];
      const { crossings, overlaps, shared } = measure(frames);
      expect(crossings).toEqual([]);
      expect(overlaps).toEqual([]);
      expect(shared).toEqual([]);
    },
  );
});
