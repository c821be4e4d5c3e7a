import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
} from '../simulator/index.ts';
import { benchScenario } from './bench-scenario.ts';
import { ROLLOUT_ACTIONS, rolloutScenario } from './bench-rollout.ts';

/**
 * `npm run bench`: plan time at 10, 100 and 1,000 nodes (10 pods per node), median of runs:
 * parsing (the plain-block fast path; `yaml`'s full parser beside it, best of two, for scale) and
 * reconcile; then the plan command's wall time on the 10,000-pod file, net of start-up.
 */
const SIZES = [10, 100, 1000];
const RUNS = 5;
const BUDGET_MS = 1000; // the 1,000-node × 10,000-pod plan must finish well under a second

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
/** This process's CPU time in ms: unlike wall time, it hardly moves when the machine is busy. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${availableParallelism()} CPUs); medians of ${RUNS} runs`,
);
console.log(
  'nodes   pods    targets   parse YAML   reconcile   plan total    plan CPU   (full parser: parse YAML)',
);
let overBudget = false;
for (const nodes of SIZES) {
  const text = benchScenario(nodes);
  const parseTimes: number[] = [];
  const reconcileTimes: number[] = [];
  const cpuTimes: number[] = [];
  let targets = 0;
  for (let run = 0; run < RUNS; run++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const parsed = parseManifests([{ name: 'bench.yaml', text }]);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error('bench scenario did not parse');
    const { plan } = reconcile(buildWorld(parsed.value));
    const t2 = performance.now();
    cpuTimes.push(cpuMs() - c0);
    parseTimes.push(t1 - t0);
    reconcileTimes.push(t2 - t1);
    targets = plan.targetGroups.reduce((sum, tg) => sum + tg.targets.length, 0);
  }
  const fullParserRuns = [0, 1].map(() => {
    const t0 = performance.now();
    parseManifests([{ name: 'bench.yaml', text }], { fullParserOnly: true });
    return performance.now() - t0;
  });
  const fullParserMs = Math.min(...fullParserRuns);
  const parseMs = median(parseTimes);
  const reconcileMs = median(reconcileTimes);
  const planCpuMs = median(cpuTimes);
  if (nodes === 1000 && Math.min(parseMs + reconcileMs, planCpuMs) > BUDGET_MS) overBudget = true;
  console.log(
    `${String(nodes).padEnd(8)}${String(nodes * 10).padEnd(8)}${String(targets).padEnd(10)}${ms(parseMs)}  ${ms(reconcileMs)}  ${ms(parseMs + reconcileMs)}  ${ms(planCpuMs)}   ${ms(fullParserMs)}`,
  );
}
console.log(
  `budget: parse + reconcile of 1,000 nodes × 10,000 pods under ${BUDGET_MS} ms (wall, or CPU on a busy machine) — ${overBudget ? 'OVER BUDGET' : 'within budget'}`,
);

// The command itself, as `npm run plan` runs it: node + tsx, reading the file, printing the JSON.
// A preloaded hook writes the child's own CPU time to a file when it exits.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const cpuFile = join(dir, 'cpu-ms');
const cpuHook = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from 'node:fs';
   process.on('exit', () => {
     const { user, system } = process.cpuUsage();
     writeFileSync(${JSON.stringify(cpuFile)}, String((user + system) / 1000));
   });`,
)}`;
const runPlan = (file: string) => {
  const t = performance.now();
  execFileSync(
    process.execPath,
    ['--import', cpuHook, '--import', 'tsx', 'src/cli/plan.ts', file],
    { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] },
  );
  return { wall: performance.now() - t, cpu: Number(readFileSync(cpuFile, 'utf8')) };
};
try {
  const small = join(dir, 'one-node.yaml');
  const large = join(dir, 'thousand-nodes.yaml');
  writeFileSync(small, benchScenario(1));
  writeFileSync(large, benchScenario(1000));
  const startUp = [0, 1, 2].map(() => runPlan(small));
  const full = [0, 1, 2].map(() => runPlan(large));
  const wall = median(full.map((r) => r.wall)) - median(startUp.map((r) => r.wall));
  const cpu = median(full.map((r) => r.cpu)) - median(startUp.map((r) => r.cpu));
  console.log(
    `\nnpm run plan, 1,000 nodes × 10,000 pods, net of start-up (the same command on 1 node): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

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
