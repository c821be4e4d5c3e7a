import { describe, expect, it } from 'vitest';
import { absoluteBoxes, CONTAINER_HEADER_HEIGHT } from '../scene/geometry.ts';
import { extraNameHeight } from '../scene/name-lines.ts';
import { CONTAINER_KINDS } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { chapterIds } from './chapters.ts';
import { scenesOf } from './run-scenes.ts';
import { lessonOf } from './lesson.ts';

/**
 * An edge that ends at a container card (a target group, a load balancer) ends on its header:
 * the rule's line points at the group, not at one of the targets listed in it.
 */
describe.each(chapterIds.filter((id) => id !== 'playground'))('the edges of %s', (id) => {
  const spec = chapterSpecs.get(id)!;
  it.each(spec.modes)('in %s mode end on a container’s header, not between its rows', (mode) => {
    const lesson = lessonOf(spec, mode);
    if (!lesson.ok) throw new Error(`${id} ${mode} does not build`);
    const wrong: string[] = [];
    let checked = 0;
    for (const run of new Set(Object.values(lesson.runs))) {
      const scene = scenesOf(run).universe;
      const byId = new Map(scene.nodes.map((n) => [n.id, n]));
      const boxes = absoluteBoxes(scene.nodes);
      for (const edge of scene.edges) {
        const points = edge.points;
        if (!points || points.length < 2) continue;
        for (const [end, point] of [
          [edge.source, points[0]!],
          [edge.target, points.at(-1)!],
        ] as const) {
          const node = byId.get(end)!;
          if (!CONTAINER_KINDS.has(node.kind)) continue;
          const box = boxes.get(end)!;
          const header = CONTAINER_HEADER_HEIGHT + extraNameHeight(node);
          checked++;
          if (point.y < box.y - 0.5 || point.y > box.y + header + 0.5)
            wrong.push(`${edge.id} at ${end}: y ${point.y - box.y} of ${header}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
