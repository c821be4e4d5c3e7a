/** Splits `FILE... --flag value` arguments; a flag without a value is an error. */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[],
): { files: string[]; values: Map<string, string>; problem: string | null } {
  const files: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!flags.includes(name)) return { files, values, problem: `unknown option --${name}` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { files, values, problem: `--${name} needs a value` };
    values.set(name, value);
  }
  return { files, values, problem: null };
}
