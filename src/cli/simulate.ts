import { readFileSync } from 'node:fs';
import { formatManifestError, parseActions, simulate } from '../simulator/index.ts';
import { parseArgs } from './args.ts';
import { loadWorld } from './load-world.ts';

const USAGE =
  'usage: npm run --silent simulate -- FILE.yaml [...] [--actions ACTIONS.yaml] [--seed N] [--until 10m]';

/** `npm run --silent simulate -- FILE... [--actions ACTIONS.yaml]`: the timeline JSON on stdout. */
function main(argv: readonly string[]): number {
  const args = parseArgs(argv, ['actions', 'seed', 'until']);
  const seedText = args.values.get('seed') ?? '1';
  if (args.problem || args.files.length === 0 || !/^\d+$/.test(seedText)) {
    process.stderr.write(`${args.problem ?? USAGE}\n`);
    return 2;
  }
  const world = loadWorld(args.files);
  if (!world) return 2;
  let actions: ReturnType<typeof parseActions> = { ok: true, value: [] };
  const actionsFile = args.values.get('actions');
  if (actionsFile) {
    let text: string;
    try {
      text = readFileSync(actionsFile, 'utf8');
    } catch {
      process.stderr.write(`${actionsFile}: document 0, line 0: no such file\n`);
      return 2;
    }
    actions = parseActions({ name: actionsFile, text });
    if (!actions.ok) {
      process.stderr.write(`${formatManifestError(actions.error)}\n`);
      return 2;
    }
  }
  const until = args.values.get('until');
  const untilMs = until ? parseUntil(until) : undefined;
  const timeline = simulate(world, actions.value, {
    seed: Number(seedText),
    ...(untilMs !== undefined ? { untilMs } : {}),
  });
  process.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
  return 0;
}

const parseUntil = (text: string): number | undefined => {
  const match = /^(\d+)(ms|s|m)?$/.exec(text);
  return match
    ? Number(match[1]) * ({ ms: 1, s: 1000, m: 60000 }[match[2] ?? 'ms'] ?? 1)
    : undefined;
};

process.exitCode = main(process.argv.slice(2));
