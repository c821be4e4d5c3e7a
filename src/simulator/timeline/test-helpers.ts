import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifests } from '../kubernetes/parse-manifests.ts';
import { buildWorld } from '../world/build-world.ts';
import type { World } from '../world/world.ts';
import { parseActions, type SimAction } from './actions.ts';
import type { SimEvent } from './sim-events.ts';
import { simulate } from './simulate.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** A scenario from content/scenarios as a World (tests only). */
export function scenarioWorld(name: string, extra = ''): World {
  const parsed = parseManifests([
    { name, text: readFileSync(join(root, 'content', 'scenarios', name), 'utf8') + extra },
  ]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return buildWorld(parsed.value);
}

export function actionsOf(text: string): SimAction[] {
  const parsed = parseActions({ name: 'actions.yaml', text });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** Events from the controller's start to the first target turning healthy (the golden timeline). */
export function seedUntilFirstHealthy(): SimEvent[] {
  const { events } = simulate(scenarioWorld('seed-instance.yaml'), [], {
    seed: 1,
    untilMs: 60_000,
  });
  const end = events.findIndex((e) => e.kind === 'target-health' && e.after?.state === 'healthy');
  return events.slice(0, end + 1);
}
