import { describe, expect, it } from 'vitest';
import type { Scene } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { lessonOf } from './lesson.ts';
import { scenesOf } from './run-scenes.ts';

/**
 * The VPC CNI gives each pod a secondary address of its node's ENI: at every moment a node's ENI
 * row lists the addresses of the pods standing on that node then, not of every pod the run has.
 */
const secondaryOf = (scene: Scene, eni: string): string[] => {
  const listed = scene.nodes.find((n) => n.id === eni)?.a11y.params.secondary;
  return String(listed ?? '')
    .split(', ')
    .filter(Boolean)
    .sort();
};

describe.each(['instance', 'ip'] as const)('the ENIs of change-over-time in %s mode', (mode) => {
  const lesson = lessonOf(chapterSpecs.get('change-over-time')!, mode);
  if (!lesson.ok) throw new Error('change-over-time does not build');

  it('list the addresses of the pods standing on their node at each moment', () => {
    let shorter = 0;
    for (const [variant, run] of Object.entries(lesson.runs)) {
      // Every node card opened: each pod standing on it is drawn, with its IP.
      const cards = scenesOf(run).universe.nodes.filter((n) => n.kind === 'node');
      const open = scenesOf(run, new Set(cards.map((c) => c.id)));
      for (let index = -1; index < run.events.length; index++) {
        const { scene } = open.at(index);
        for (const card of cards) {
          const eni = `eni:${card.label}`;
          const pods = scene.nodes.filter(
            (n) => n.parent === card.id && (n.kind === 'pod' || n.kind === 'controller'),
          );
          const ips = [...new Set(pods.map((p) => p.detail).filter((ip) => ip !== null))];
          const expected = ips.filter((ip) => ip !== card.detail).sort();
          const where = `${variant} #${index} ${eni}`;
          expect(secondaryOf(scene, eni), where).toEqual(expected);
          // The row shows what its description reads (in the order the pods came).
          const eniRow = scene.nodes.find((n) => n.id === eni);
          const listed = String(eniRow?.a11y.params.secondary ?? '');
          expect(eniRow?.detail ?? null, where).toBe(expected.length > 0 ? `+ ${listed}` : null);
          if (expected.length < secondaryOf(open.universe, eni).length) shorter++;
        }
      }
    }
    // The test means something: at some moments a node holds fewer pods than the run ever puts on it.
    expect(shorter).toBeGreaterThan(0);
  });
});
