import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
} from '../simulator/index.ts';
import type { SimEvent } from '../simulator/index.ts';
import { buildScene } from './build-scene.ts';
import { sceneInputFromWorld } from './scene-input-from-world.ts';

describe('timeline events point at elements the scene draws', () => {
  it.each(['seed-instance.yaml', 'seed-ip.yaml'])('%s', (file) => {
    const text = readFileSync(
      join(import.meta.dirname, '..', '..', 'content', 'scenarios', file),
      'utf8',
    );
    const parsed = parseManifests([{ name: file, text }]);
    if (!parsed.ok) throw new Error(file);
    const world = buildWorld(parsed.value);
    const scene = buildScene(sceneInputFromWorld(world, reconcile(world).plan));
    const ids = new Set(scene.nodes.map((n) => n.id));
    const actions = parseActions({
      name: 'a',
      text: '- at: 20s\n  deletePod: default/domain-api-1\n',
    });
    if (!actions.ok) throw new Error('actions');
    const { events } = simulate(world, actions.value, { untilMs: 60_000 });
    const missing = (list: SimEvent[]) => [
      ...new Set(list.flatMap((e) => e.focus).filter((id) => !ids.has(id))),
    ];
    // Before the action every element exists from the start; after it, a replacement pod (and
    // its ip target) appears that the steady-state scene has not drawn yet.
    expect(missing(events.filter((e) => e.atMs < 20_000))).toEqual([]);
    expect(
      missing(events).filter((id) => !/^(pod|target):/.test(id) && !id.startsWith('deployment:')),
    ).toEqual([]);
  });
});
