import { describe, expect, it } from 'vitest';
import { checkGeometry } from './geometry.ts';
import { routeEdges } from './route-edges.ts';
import type { SceneEdge, SceneNode } from './scene-model.ts';
import { sharedRuns } from './shared-runs.ts';

const card = (id: string, kind: SceneNode['kind'], x: number, y: number): SceneNode => ({
  id,
  kind,
  parent: null,
  x,
  y,
  width: 120,
  height: 40,
  label: id,
  detail: null,
  badge: null,
  a11y: { key: 'a11y.rule', params: {} },
  order: 0,
  ref: null,
});

const data = (source: string, target: string): SceneEdge => ({
  id: `data:${source}->${target}`,
  source,
  target,
  kind: 'data',
});

describe('sharedRuns', () => {
  const edge = (id: string, source: string, target: string, points: [number, number][]) => ({
    ...data(source, target),
    id,
    points: points.map(([x, y]) => ({ x, y })),
  });

  it('finds two edges with no card in common on one stretch of one line', () => {
    const runs = sharedRuns([
      edge('a', 'rule-1', 'tg-x', [
        [0, 0],
        [50, 0],
        [50, 200],
        [100, 200],
      ]),
      edge('b', 'rule-2', 'tg-y', [
        [0, 100],
        [50, 100],
        [50, 300],
        [100, 300],
      ]),
    ]);
    expect(runs).toEqual([{ a: 'a', b: 'b', axis: 'x', at: 50, from: 100, to: 200 }]);
  });

  it('counts lines a hair apart as one line, two lanes apart as two', () => {
    const a = edge('a', 'rule-1', 'tg-x', [
      [0, 0],
      [50, 0],
      [50, 200],
    ]);
    expect(
      sharedRuns([
        a,
        edge('b', 'rule-2', 'tg-y', [
          [52, 100],
          [52, 300],
        ]),
      ]),
    ).toHaveLength(1);
    expect(
      sharedRuns([
        a,
        edge('b', 'rule-2', 'tg-y', [
          [58, 100],
          [58, 300],
        ]),
      ]),
    ).toEqual([]);
  });

  it('counts a line that carries straight on where another stops as the same line', () => {
    const a = edge('a', 'rule-1', 'tg-x', [
      [0, 0],
      [50, 0],
      [50, 200],
    ]);
    expect(
      sharedRuns([
        a,
        edge('b', 'rule-2', 'tg-y', [
          [50, 200],
          [50, 300],
        ]),
      ]),
    ).toHaveLength(1);
    expect(
      sharedRuns([
        a,
        edge('b', 'rule-2', 'tg-y', [
          [50, 210],
          [50, 300],
        ]),
      ]),
    ).toEqual([]);
  });

  it('lets edges that meet at a card share a line, and lets lines cross', () => {
    const bus = [
      edge('a', 'rule-1', 'tg-x', [
        [0, 0],
        [50, 0],
        [50, 200],
      ]),
      edge('b', 'rule-1', 'tg-y', [
        [0, 0],
        [50, 0],
        [50, 150],
      ]),
      edge('c', 'rule-2', 'tg-x', [
        [0, 250],
        [50, 250],
        [50, 200],
      ]),
      edge('d', 'tg-x', 'target', [
        [50, 200],
        [50, 260],
      ]),
    ];
    expect(sharedRuns(bus)).toEqual([]);
    const crossing = [
      edge('a', 'rule-1', 'tg-x', [
        [50, 0],
        [50, 200],
      ]),
      edge('b', 'rule-2', 'tg-y', [
        [0, 100],
        [100, 100],
      ]),
    ];
    expect(sharedRuns(crossing)).toEqual([]);
  });
});

describe('routeEdges keeps two rules’ lines to two groups apart', () => {
  it('never lays them on one lane, even where the rules and groups leave room for one line', () => {
    // Rule 1 forwards down past rule 2's row, rule 2 up past rule 1's: the one line between the
    // columns (x = 126) can carry only one of them; a wall on the left and a tall group in the
    // middle leave the other only the long way round, under the middle group.
    const nodes = [
      { ...card('wall', 'rule', -140, -100), width: 128, height: 600 },
      card('rule-1', 'rule', 0, 100),
      card('rule-2', 'rule', 0, 200),
      card('tg-top', 'rule', 132, 0),
      { ...card('tg-middle', 'rule', 132, 52), height: 256 },
      card('tg-bottom', 'rule', 132, 320),
    ];
    const routed = routeEdges(nodes, [data('rule-1', 'tg-bottom'), data('rule-2', 'tg-top')]);
    expect(routed.every((e) => e.points && e.points.length >= 2)).toBe(true);
    expect(sharedRuns(routed)).toEqual([]);
    const scene = { nodes, edges: routed, width: 400, height: 400 };
    expect(checkGeometry(scene).crossings).toEqual([]);
  });

  it('does not run a line along a card it does not reach (as if it entered it)', () => {
    // Rule 2 forwards up to the top group. Between the columns, the lane along rule 1's right
    // side and the lane along the middle group's left side both look like joining that card.
    const nodes = [
      { ...card('rule-1', 'rule', 0, 100), width: 160 },
      card('rule-2', 'rule', 0, 200),
      card('tg-top', 'rule', 200, 0),
      card('tg-middle', 'rule', 200, 150),
      card('tg-bottom', 'rule', 200, 320),
    ];
    const edges = [
      data('rule-1', 'tg-middle'),
      data('rule-1', 'tg-bottom'),
      data('rule-2', 'tg-top'),
    ];
    const routed = routeEdges(nodes, edges);
    const line = routed.find((e) => e.source === 'rule-2')!;
    expect(line.points).toBeDefined();
    const boxes = new Map(nodes.map((n) => [n.id, n]));
    for (const passed of ['rule-1', 'tg-middle']) {
      const b = boxes.get(passed)!;
      const alongSide = line.points!.some((p, i) => {
        const q = line.points![i + 1];
        if (!q || p.x !== q.x) return false;
        const off = Math.min(Math.abs(p.x - b.x), Math.abs(p.x - (b.x + b.width)));
        return off <= 6 && Math.min(p.y, q.y) < b.y + b.height && Math.max(p.y, q.y) > b.y;
      });
      expect(alongSide, `rule 2's line runs along ${passed}`).toBe(false);
    }
  });
});
