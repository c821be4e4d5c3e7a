import { performance } from 'node:perf_hooks';
import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
} from '../simulator/index.ts';
import { benchScenario } from './bench-scenario.ts';
import { ROLLOUT_ACTIONS, rolloutScenario } from './bench-rollout.ts';

/** `npm run bench`: plan time at 10, 100 and 1,000 nodes (10 pods per node), median of runs. */
const SIZES = [10, 100, 1000];
const RUNS = 5;
const BUDGET_MS = 1000; // the 1,000-node × 10,000-pod plan must finish well under a second

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

console.log('nodes   pods    targets   parse YAML   reconcile   plan total');
let overBudget = false;
for (const nodes of SIZES) {
  const text = benchScenario(nodes);
  const parseTimes: number[] = [];
  const reconcileTimes: number[] = [];
  let targets = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const parsed = parseManifests([{ name: 'bench.yaml', text }]);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error('bench scenario did not parse');
    const { plan } = reconcile(buildWorld(parsed.value));
    const t2 = performance.now();
    parseTimes.push(t1 - t0);
    reconcileTimes.push(t2 - t1);
    targets = plan.targetGroups.reduce((sum, tg) => sum + tg.targets.length, 0);
  }
  const reconcileMs = median(reconcileTimes);
  if (nodes === 1000 && reconcileMs > BUDGET_MS) overBudget = true;
  console.log(
    `${String(nodes).padEnd(8)}${String(nodes * 10).padEnd(8)}${String(targets).padEnd(10)}${ms(median(parseTimes))}  ${ms(reconcileMs)}  ${ms(median(parseTimes) + reconcileMs)}`,
  );
}
console.log(
  `budget: reconcile of 1,000 nodes × 10,000 pods under ${BUDGET_MS} ms — ${overBudget ? 'OVER BUDGET' : 'within budget'}`,
);

console.log('\nsimulate: 10-minute rolling update with 100 requests/s (ip mode)');
console.log('pods    events    requests  simulate     per pod');
const actions = parseActions({ name: 'bench', text: ROLLOUT_ACTIONS });
if (!actions.ok) throw new Error('bench actions did not parse');
for (const pods of [100, 1000, 10000]) {
  const parsed = parseManifests([{ name: 'rollout.yaml', text: rolloutScenario(pods) }]);
  if (!parsed.ok) throw new Error('rollout scenario did not parse');
  const world = buildWorld(parsed.value);
  const t0 = performance.now();
  const timeline = simulate(world, actions.value, { untilMs: 630_000 });
  const elapsed = performance.now() - t0;
  console.log(
    `${String(pods).padEnd(8)}${String(timeline.events.length).padEnd(10)}${String(timeline.requests.total).padEnd(10)}${ms(elapsed)}  ${(elapsed / pods).toFixed(3)} ms`,
  );
}
