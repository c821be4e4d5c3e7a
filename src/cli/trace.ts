import { traceRequest } from '../simulator/index.ts';
import { parseArgs } from './args.ts';
import { loadWorld } from './load-world.ts';

const USAGE =
  'usage: npm run --silent trace -- FILE.yaml [...] --url URL [--seed N] [--client-ip IP]';

/** `npm run --silent trace -- FILE... --url URL`: the trace JSON on stdout; exit 2 on bad input. */
function main(argv: readonly string[]): number {
  const args = parseArgs(argv, ['url', 'seed', 'client-ip']);
  const url = args.values.get('url');
  const seedText = args.values.get('seed') ?? '1';
  if (args.problem || args.files.length === 0 || !url || !/^\d+$/.test(seedText)) {
    process.stderr.write(
      `${args.problem ?? (!/^\d+$/.test(seedText) ? '--seed must be a whole number' : USAGE)}\n`,
    );
    return 2;
  }
  const world = loadWorld(args.files);
  if (!world) return 2;
  const clientIp = args.values.get('client-ip');
  const trace = traceRequest(world, {
    url,
    seed: Number(seedText),
    ...(clientIp ? { clientIp } : {}),
  });
  process.stdout.write(`${JSON.stringify(trace, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
