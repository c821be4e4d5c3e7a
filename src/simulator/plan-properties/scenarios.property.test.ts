/**
 * Properties of the plans of well-formed scenarios: every scenario is read; planning is
 * deterministic; the targets are the ones reference §6.2 (ip mode) and §6.1 (instance mode) give,
 * computed from the scenario's model independently of the simulator; and the plan is sorted the
 * way shared/CONTRACT.md says. They stay in one file because they share one seed and, through
 * plan-runs.ts, the plans: planning is the expensive part, and vitest gives each file its own
 * modules (so its own cache).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planFromManifests } from '../index.ts';
import { expectContractOrder } from './contract-checks.ts';
import {
  bindingFailed,
  instanceIdOf,
  instanceNodes,
  ipEndpoints,
  servicePortOf,
  sortedKeys,
  targetKey,
  worldOf,
} from './oracle.ts';
import { explained, outcomeJson, planOf, scenarioRuns, scenarioSeed } from './plan-runs.ts';
import { render, rendered } from './render-yaml.ts';
import { scenarioArb } from './scenario-arbitrary.ts';

const SEED = scenarioSeed(Date.now());
const SCENARIO_RUNS = scenarioRuns(SEED);

describe(`planFromManifests over random manifests (scenario seed ${SEED})`, () => {
  it('reads every generated (well-formed) scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const outcome = JSON.parse(outcomeJson(rendered(scenario).inputs)) as {
          ok: boolean;
          errors?: unknown;
        };
        expect(outcome.ok ? [] : outcome.errors).toEqual([]);
      }),
      SCENARIO_RUNS,
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const inputs = rendered(scenario).inputs;
        const earlier = outcomeJson(inputs);
        const again = JSON.stringify(planFromManifests(inputs));
        // A fresh rendering: new strings, same documents in the same order.
        const fresh = JSON.stringify(planFromManifests(render(scenario).inputs));
        expect(again).toBe(earlier);
        expect(fresh).toBe(earlier);
      }),
      SCENARIO_RUNS,
    );
  });

  it('registers in ip mode exactly the §6.2 pod endpoints of the Service port', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        explained(rendered(scenario).inputs, () => {
          const { ordered, inputs } = rendered(scenario);
          const world = worldOf(ordered);
          const plan = planOf(inputs);
          for (const tg of plan.targetGroups.filter((t) => t.targetType === 'ip')) {
            const svc = world.services.get(tg.service);
            expect(svc, `Service ${tg.service} of ${tg.id}`).toBeDefined();
            const port = servicePortOf(svc!, tg);
            expect(port, `port ${tg.servicePort} of ${tg.service}`).toBeDefined();
            const { all, registered } = ipEndpoints(world, svc!, port!);
            for (const target of tg.targets) {
              const endpoint = all.find((e) => e.pod.podIP === target.id && e.port === target.port);
              expect(endpoint, `${tg.id}: ${targetKey(target)} is no endpoint`).toBeDefined();
              expect(target.pod).toBe(endpoint!.pod.name);
              expect(
                registered.includes(endpoint!),
                `${tg.id}: pod ${endpoint!.pod.namespace}/${endpoint!.pod.name} is not eligible (§6.2)`,
              ).toBe(true);
            }
            if (!bindingFailed(plan, tg)) {
              expect(
                sortedKeys(tg.targets),
                `${tg.id}: every eligible endpoint is registered`,
              ).toEqual(sortedKeys(registered.map((e) => ({ id: e.pod.podIP!, port: e.port }))));
            }
          }
        }),
      ),
      SCENARIO_RUNS,
    );
  });

  it('registers in instance mode exactly the §6.1 nodes, on the NodePort', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        explained(rendered(scenario).inputs, () => {
          const { ordered, inputs } = rendered(scenario);
          const world = worldOf(ordered);
          const plan = planOf(inputs);
          for (const tg of plan.targetGroups.filter((t) => t.targetType === 'instance')) {
            const svc = world.services.get(tg.service);
            expect(svc, `Service ${tg.service} of ${tg.id}`).toBeDefined();
            const port = servicePortOf(svc!, tg);
            expect(port, `port ${tg.servicePort} of ${tg.service}`).toBeDefined();
            for (const target of tg.targets) {
              if (port!.nodePort !== null) expect(target.port).toBe(port!.nodePort);
              else {
                // Allocated by the simulated API server: in the default range, and the TG's port.
                expect(target.port).toBe(tg.port);
                expect(target.port >= 30000 && target.port <= 32767).toBe(true);
              }
              expect(target.pod).toBeNull();
            }
            if (world.nodes.size === 0) {
              // Two default Ready nodes are assumed (CONTRACT.md input semantics).
              expect(plan.assumptions.some((a) => a.startsWith('no Node in the input'))).toBe(true);
              const nodes = tg.targets.map((t) => t.node).sort();
              if (bindingFailed(plan, tg))
                expect(['node-a', 'node-b']).toEqual(expect.arrayContaining(nodes));
              else expect(nodes).toEqual(['node-a', 'node-b']);
              continue;
            }
            const eligible = instanceNodes(world);
            for (const target of tg.targets) {
              const node = eligible.find((n) => n.name === target.node);
              expect(node, `${tg.id}: node ${target.node} is not eligible (§6.1)`).toBeDefined();
              expect(target.id).toBe(instanceIdOf(node!.providerID ?? ''));
            }
            if (!bindingFailed(plan, tg)) {
              const ids = eligible.map((n) => instanceIdOf(n.providerID ?? ''));
              expect(ids.includes(null), `${tg.id}: a bad providerID must fail the binding`).toBe(
                false,
              );
              expect(tg.targets.map((t) => t.node).sort(), `${tg.id}: every eligible node`).toEqual(
                eligible.map((n) => n.name).sort(),
              );
            }
          }
        }),
      ),
      SCENARIO_RUNS,
    );
  });

  it('sorts the plan the way the contract says', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        expectContractOrder(planOf(rendered(scenario).inputs)),
      ),
      SCENARIO_RUNS,
    );
  });
});
