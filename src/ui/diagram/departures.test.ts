import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { isGhost, withDepartures, withoutGhost, type Shown } from './departures.ts';
import { absoluteRects } from './scene-geometry.ts';
import { toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';
import { seedPreviewData } from './seed-preview-data.ts';

const seed = seedPreviewData();
const scene = buildScene(sceneInputFromWorld(seed.world, seed.plan));
const t = createTranslator('en');
const NODE = 'node:k8s-api-domain';
const POD = 'pod:default/domain-api-1';

const shownOf = (s: Scene): Shown => ({
  nodes: toFlowNodes(s, { reducedMotion: false, t }),
  edges: toFlowEdges(s, absoluteRects(s), t),
});

/** The scene without `ids` and whatever sits in them or touches them. */
function without(ids: readonly string[]): Scene {
  const gone = new Set(ids);
  for (const n of scene.nodes) if (n.parent !== null && gone.has(n.parent)) gone.add(n.id);
  return {
    ...scene,
    nodes: scene.nodes.filter((n) => !gone.has(n.id)),
    edges: scene.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
}

describe('withDepartures', () => {
  const before = shownOf(scene);

  it('keeps a removed node and its edges as ghosts after the scene, hidden and inert', () => {
    const next = shownOf(without([POD]));
    const shown = withDepartures(before, next, false);
    expect(shown.nodes.slice(0, next.nodes.length)).toEqual(next.nodes);
    const ghosts = shown.nodes.filter(isGhost);
    expect(ghosts.map((n) => n.id)).toEqual([POD]);
    expect(ghosts[0]).toMatchObject({
      className: 'is-exiting',
      domAttributes: { 'aria-hidden': true, inert: true },
      data: { exiting: true },
    });
    const ghostEdges = shown.edges.filter(isGhost);
    expect(ghostEdges.length).toBeGreaterThan(0);
    expect(ghostEdges.every((e) => e.source === POD || e.target === POD)).toBe(true);
  });

  it('puts a departing container before its departing children, and drops them together', () => {
    const shown = withDepartures(before, shownOf(without([NODE])), false);
    const ghosts = shown.nodes.filter(isGhost).map((n) => n.id);
    expect(ghosts[0]).toBe(NODE);
    expect(ghosts).toContain(POD);
    const left = withoutGhost(shown, 'node', NODE);
    expect(left.nodes.filter(isGhost)).toEqual([]);
    expect(left.edges.some((e) => e.source === POD || e.target === POD)).toBe(false);
  });

  it('hands back the scene itself when nothing left, and under reduced motion', () => {
    const next = shownOf(without([POD]));
    expect(withDepartures(next, next, false)).toEqual(next);
    const reduced = withDepartures(before, next, true);
    expect(reduced.nodes).toBe(next.nodes);
    expect(reduced.edges).toBe(next.edges);
  });

  it('keeps a ghost through later steps until it reports its exit, then only that goes', () => {
    const next = shownOf(without([POD]));
    const first = withDepartures(before, next, false);
    const later = withDepartures(first, shownOf(without([POD])), false);
    expect(later.nodes.filter(isGhost).map((n) => n.id)).toEqual([POD]);
    const edge = later.edges.find(isGhost);
    const noEdge = withoutGhost(later, 'edge', edge?.id ?? '');
    expect(noEdge.edges).toHaveLength(later.edges.length - 1);
    expect(noEdge.nodes).toBe(later.nodes);
    // A live element is never dropped by a stray report.
    expect(withoutGhost(later, 'node', 'client')).toBe(later);
  });
});
