import { describe, expect, it } from 'vitest';
import { absoluteBoxes } from '../scene/geometry.ts';
import { L } from '../scene/layout-constants.ts';
import type { Scene } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { frameAt, settledFrame, type OkLesson } from './frame.ts';
import { lessonOf } from './lesson.ts';
import { scenesOf } from './run-scenes.ts';

/**
 * change-over-time registers, drains and removes targets: at every moment each target group's
 * targets stand one under the other from the top of its rows (a target that has left the group
 * leaves no gap; a draining one is still in it), and every line into a target ends on it.
 */
function momentsOf(lesson: OkLesson) {
  return lesson.steps.flatMap((step, index) => [
    ...step.parts.map((part) => ({
      id: `${step.id} at ${part.startMs}`,
      frame: frameAt(lesson, Math.min(part.startMs + 1, part.endMs)),
    })),
    { id: `${step.id} settled`, frame: settledFrame(lesson, index) },
  ]);
}

/** The first row of each target group's card in the universe: where its targets start. */
function firstRows(universe: Scene): Map<string, number> {
  const first = new Map<string, number>();
  for (const n of universe.nodes)
    if (n.parent?.startsWith('tg:') && (n.kind === 'target' || n.kind === 'more'))
      first.set(n.parent, Math.min(first.get(n.parent) ?? Infinity, n.y));
  return first;
}

function expectNoGaps(scene: Scene, universe: Scene, where: string) {
  const first = firstRows(universe);
  for (const card of scene.nodes.filter((n) => n.kind === 'target-group')) {
    const rows = scene.nodes
      .filter((n) => n.parent === card.id && (n.kind === 'target' || n.kind === 'more'))
      .sort((a, b) => a.y - b.y);
    if (rows[0]) expect(rows[0].y, `${where}: ${rows[0].id} first`).toBe(first.get(card.id));
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.y, `${where}: ${rows[i]!.id} right under ${rows[i - 1]!.id}`).toBe(
        rows[i - 1]!.y + rows[i - 1]!.height + L.gap,
      );
  }
}

describe.each(['instance', 'ip'] as const)('the targets of change-over-time in %s mode', (mode) => {
  const lesson = lessonOf(chapterSpecs.get('change-over-time')!, mode);
  if (!lesson.ok) throw new Error('change-over-time does not build');
  const moments = momentsOf(lesson);

  it('close up as targets leave: no gap between a group’s targets at any moment', () => {
    let fewer = 0;
    for (const { id, frame } of moments) {
      if (!frame) continue;
      const universe = scenesOf(frame.run).universe;
      expectNoGaps(frame.scene, universe, id);
      const count = (s: Scene) => s.nodes.filter((n) => n.kind === 'target').length;
      if (
        frame.scene.nodes.some((n) => n.kind === 'target') &&
        count(frame.scene) < count(universe)
      )
        fewer++;
    }
    // The test means something: in ip mode targets leave (a pod's IP); instance mode's nodes stay.
    if (mode === 'ip') expect(fewer).toBeGreaterThan(0);
  });

  it('ends every line into or out of a target on that target, wherever it stands now', () => {
    for (const { id, frame } of moments) {
      if (!frame) continue;
      const boxes = absoluteBoxes(frame.scene.nodes);
      for (const edge of frame.scene.edges)
        for (const [end, at] of [
          [edge.target, edge.points?.at(-1)],
          [edge.source, edge.points?.[0]],
        ] as const) {
          const target = boxes.get(end);
          if (!at || !target || !end.startsWith('target:')) continue;
          expect(at.y, `${id}: ${edge.id}`).toBeGreaterThanOrEqual(target.y);
          expect(at.y, `${id}: ${edge.id}`).toBeLessThanOrEqual(target.y + target.height);
        }
    }
  });

  it('keeps a draining target in its group, and shows a target leaving in the moment it leaves', () => {
    let draining = 0;
    let left = 0;
    for (const run of Object.values(lesson.runs)) {
      const scenes = scenesOf(run);
      run.events.forEach((event, index) => {
        if (event.kind !== 'target-health') return;
        const id = (n: { id: string }) =>
          n.id.startsWith('target:') && n.id.endsWith(`/${event.target}`);
        const now = scenes.at(index).scene.nodes.find(id);
        if (event.after?.state === 'draining') {
          draining++;
          expect(now?.badge?.text.key, `${index} ${event.target}`).toBe('health.draining');
        }
        if (event.after === null && event.before !== null) {
          left++;
          expect(now?.badge?.text.key, `${index} ${event.target}`).toBe('badge.target.removed');
          const next = scenes.at(index + 1).scene.nodes.find(id);
          if (index + 1 < run.events.length)
            expect(next, `${index + 1} ${event.target}`).toBe(undefined);
        }
      });
    }
    expect(draining).toBeGreaterThan(0);
    if (mode === 'ip') expect(left).toBeGreaterThan(0);
  });
});
