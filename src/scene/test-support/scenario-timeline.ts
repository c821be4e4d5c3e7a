import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
} from '../../simulator/index.ts';
import { sceneInputFromWorld } from '../scene-input-from-world.ts';
import { timelineScenes } from '../timeline-scene.ts';

/**
 * Test helper: a scenario of `content/scenarios` run with what-if `actions` until `untilMs`, its
 * events, the scene input of its world and the scene after every event.
 */
export function scenarioTimeline(file: string, actions = '', untilMs = 60_000) {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'content', 'scenarios', file),
    'utf8',
  );
  const parsed = parseManifests([{ name: file, text }]);
  if (!parsed.ok) throw new Error(file);
  const world = buildWorld(parsed.value);
  const parsedActions = parseActions({ name: 'a', text: actions });
  if (!parsedActions.ok) throw new Error('actions');
  const { events } = simulate(world, parsedActions.value, { untilMs });
  const input = sceneInputFromWorld(world, reconcile(world).plan, undefined, events);
  return { events, input, scenes: timelineScenes(input, events) };
}
