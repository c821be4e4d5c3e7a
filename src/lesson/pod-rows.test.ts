import { describe, expect, it } from 'vitest';
import { absoluteBoxes } from '../scene/geometry.ts';
import { L } from '../scene/layout-constants.ts';
import type { Scene } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { frameAt, settledFrame, type OkLesson } from './frame.ts';
import { lessonOf } from './lesson.ts';
import { scenesOf } from './run-scenes.ts';

/**
 * change-over-time scales, rolls and deletes pods: at every moment each node card's pods stand
 * one under the other from the top of its pod rows (a gone pod leaves no gap), its "+N more"
 * counts the pods it hides then, and every line into a pod ends on that pod.
 */
const isPod = (kind: string) => kind === 'pod' || kind === 'controller';

/** Every moment the reader sees: each part of each step, and each step settled. */
function momentsOf(lesson: OkLesson) {
  return lesson.steps.flatMap((step, index) => [
    ...step.parts.map((part) => ({
      id: `${step.id} at ${part.startMs}`,
      frame: frameAt(lesson, Math.min(part.startMs + 1, part.endMs)),
    })),
    { id: `${step.id} settled`, frame: settledFrame(lesson, index) },
  ]);
}

function expectNoGaps(scene: Scene, where: string) {
  const cards = scene.nodes.filter((n) => n.kind === 'node');
  for (const card of cards) {
    const rows = scene.nodes
      .filter((n) => n.parent === card.id && (isPod(n.kind) || n.kind === 'more'))
      .sort((a, b) => a.y - b.y);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.y, `${where}: ${rows[i]!.id} right under ${rows[i - 1]!.id}`).toBe(
        rows[i - 1]!.y + rows[i - 1]!.height + L.gap,
      );
    // The first row right under the card's kube-proxy (the last of its fixed rows).
    const fixed = scene.nodes.find((n) => n.id === `kube-proxy:${card.label}`);
    if (fixed && rows[0])
      expect(rows[0].y, `${where}: ${rows[0].id} first`).toBe(fixed.y + fixed.height + L.gap);
  }
}

describe.each(['instance', 'ip'] as const)('the pods of change-over-time in %s mode', (mode) => {
  const lesson = lessonOf(chapterSpecs.get('change-over-time')!, mode);
  if (!lesson.ok) throw new Error('change-over-time does not build');
  const moments = momentsOf(lesson);

  it('close up as pods go: no gap between a node card’s pods at any moment', () => {
    let seenGone = 0;
    for (const { id, frame } of moments) {
      if (!frame) continue;
      expectNoGaps(frame.scene, id);
      const universe = scenesOf(frame.run).universe;
      const universePods = universe.nodes.filter((n) => n.kind === 'pod').length;
      if (frame.scene.nodes.filter((n) => n.kind === 'pod').length < universePods) seenGone++;
    }
    // The test means something: some moments draw fewer pods than the run ever has.
    expect(seenGone).toBeGreaterThan(0);
  });

  it('counts in "+N more" the pods it hides at that moment', () => {
    let folds = 0;
    for (const [variant, run] of Object.entries(lesson.runs)) {
      const folded = scenesOf(run);
      for (let index = -1; index < run.events.length; index++) {
        const scene = folded.at(index).scene;
        for (const fold of scene.nodes.filter((n) => n.id.startsWith('more:node:'))) {
          folds++;
          const card = fold.parent!;
          const drawn = scene.nodes.filter((n) => n.parent === card && isPod(n.kind)).length;
          const open = scenesOf(run, new Set([card])).at(index).scene;
          const standing = open.nodes.filter((n) => n.parent === card && isPod(n.kind)).length;
          const where = `${variant} #${index} ${card}`;
          expect(fold.label, where).toBe(`+${standing - drawn}`);
          expect(fold.a11y.params.count, where).toBe(standing - drawn);
        }
        // A node that hides nothing shows no "+N more".
        for (const card of scene.nodes.filter((n) => n.kind === 'node')) {
          const open = scenesOf(run, new Set([card.id])).at(index).scene;
          const standing = open.nodes.filter((n) => n.parent === card.id && isPod(n.kind));
          const drawn = scene.nodes.filter((n) => n.parent === card.id && isPod(n.kind));
          if (standing.length === drawn.length)
            expect(scene.nodes.some((n) => n.id === `more:${card.id}`)).toBe(false);
        }
      }
    }
    expect(folds).toBeGreaterThan(0);
  });

  it('ends every line into a pod on that pod, wherever the pod stands now', () => {
    for (const { id, frame } of moments) {
      if (!frame) continue;
      const boxes = absoluteBoxes(frame.scene.nodes);
      for (const edge of frame.scene.edges) {
        const end = edge.points?.at(-1);
        const pod = boxes.get(edge.target);
        if (!end || !pod || !edge.target.startsWith('pod:')) continue;
        expect(end.y, `${id}: ${edge.id}`).toBeGreaterThanOrEqual(pod.y);
        expect(end.y, `${id}: ${edge.id}`).toBeLessThanOrEqual(pod.y + pod.height);
      }
    }
  });

  it('shows a pod going in the moment it goes, then closes its slot', () => {
    const run = lesson.runs['rollout-no-gates']!;
    const scenes = scenesOf(run);
    const exited = run.events.findIndex(
      (e) => e.kind === 'pod' && e.pod === 'default/domain-api-1' && e.phase === 'exited',
    );
    expect(exited).toBeGreaterThan(0);
    const going = scenes.at(exited).scene.nodes.find((n) => n.id === 'pod:default/domain-api-1');
    expect(going?.badge?.text.key).toBe('badge.pod.exited');
    const after = scenes.at(exited + 1).scene.nodes;
    expect(after.some((n) => n.id === 'pod:default/domain-api-1')).toBe(false);
  });
});
