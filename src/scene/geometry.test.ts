import { describe, expect, it } from 'vitest';
import { checkGeometry } from './geometry.ts';
import { routeEdges } from './route-edges.ts';
import type { Scene, SceneNode } from './scene-model.ts';

const card = (id: string, x: number, y: number, parent: string | null = null): SceneNode => ({
  id,
  kind: 'pod',
  parent,
  x,
  y,
  width: 100,
  height: 40,
  label: id,
  detail: null,
  badge: null,
  a11y: { key: 'a11y.pod', params: {} },
  order: 0,
  ref: null,
});

describe('checkGeometry', () => {
  const nodes = [card('a', 0, 0), card('b', 0, 200), card('middle', 0, 100)];

  it('counts an edge through a card it does not connect, and overlapping cards', () => {
    const scene: Scene = {
      nodes: [...nodes, card('over', 40, 110)],
      edges: [
        {
          id: 'straight',
          source: 'a',
          target: 'b',
          kind: 'data',
          points: [
            { x: 50, y: 40 },
            { x: 50, y: 200 },
          ],
        },
      ],
      width: 200,
      height: 240,
    };
    const report = checkGeometry(scene);
    expect(report.crossings.map((c) => c.node).sort()).toEqual(['middle', 'over']);
    expect(report.overlaps).toEqual([{ a: 'middle', b: 'over' }]);
  });

  it('finds none once the router takes the edge around the card in the way', () => {
    const edges = routeEdges(nodes, [{ id: 'e', source: 'a', target: 'b', kind: 'data' }]);
    const points = edges[0]!.points!;
    expect(points.length).toBeGreaterThan(2);
    expect(points[0]!.y === 40 || points[0]!.x === 100 || points[0]!.x === 0).toBe(true);
    expect(checkGeometry({ nodes, edges, width: 200, height: 240 })).toEqual({
      crossings: [],
      overlaps: [],
    });
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y).toBe(true);
  });
});
