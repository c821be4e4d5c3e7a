/**
 * The plan command line as shared/CONTRACT.md fixes it: exit codes, stdout, stderr. Every run
 * spawns a real process (about a second each), so all of them start together in beforeAll and
 * the tests only read their results.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planFromManifests, type Plan } from '../simulator/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'content/scenarios/seed-instance.yaml');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root; resolves with its exit code, never rejects. */
const run = (command: string, args: readonly string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });

/** The CLI straight through node and tsx (what `npm run plan` runs). */
const plan = (...files: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/plan.ts', ...files]);

/** The documented form, `npm run --silent plan -- FILE...`. */
const npmPlan = (...files: string[]) =>
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', [
    'run',
    '--silent',
    'plan',
    '--',
    ...files,
  ]);

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);

let dir = '';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const SERVICE_CLUSTER_IP = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  type: ClusterIP
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

const INGRESS_INSTANCE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: site
  namespace: default
  annotations:
    alb.ingress.kubernetes.io/target-type: instance
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`;

const INGRESS_CLASS = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: alb
spec:
  controller: ingress.k8s.aws/alb
`;

/** `kubectl get svc,nodes -o yaml` output: one List document with the objects as items. */
const KUBECTL_LIST = `apiVersion: v1
kind: List
metadata:
  resourceVersion: ""
items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: echo
      namespace: default
      annotations:
        service.beta.kubernetes.io/aws-load-balancer-type: external
        service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance
    spec:
      type: NodePort
      selector:
        app: echo
      ports:
        - port: 80
          targetPort: 8080
          nodePort: 30080
  - apiVersion: v1
    kind: Node
    metadata:
      name: worker-1
    spec:
      providerID: aws:///us-west-2a/i-0123456789abcdef0
    status:
      conditions:
        - type: Ready
          status: "True"
      addresses:
        - type: InternalIP
          address: 10.0.1.5
`;

let runs: Record<
  | 'seed'
  | 'seedAgain'
  | 'invalidYaml'
  | 'noKind'
  | 'noApiVersion'
  | 'missingFile'
  | 'reconcileFails'
  | 'list',
  Run
>;
const paths: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  // Document 2 starts on line 6; line 9 nests a mapping in a compact one, which YAML forbids.
  paths.invalidYaml = file(
    'invalid.yaml',
    `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Service
metadata:
  name: web: api
  namespace: default
spec:
  type: ClusterIP
`,
  );
  paths.noKind = file(
    'no-kind.yaml',
    `apiVersion: v1
metadata:
  name: web
`,
  );
  // Document 2's content starts on line 8, after a separator and a comment.
  paths.noApiVersion = file(
    'no-api-version.yaml',
    `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# the Service below lost its apiVersion

kind: Service
metadata:
  name: web
`,
  );
  paths.missingFile = join(dir, 'does-not-exist.yaml');
  paths.reconcileFails = file(
    'instance-on-cluster-ip.yaml',
    [INGRESS_CLASS, INGRESS_INSTANCE, SERVICE_CLUSTER_IP].join('---\n'),
  );
  paths.unknownKinds = file(
    'unknown-kinds.yaml',
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  a: "1"
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
`,
  );
  paths.list = file('kubectl-list.yaml', KUBECTL_LIST);

  const [seed, seedAgain, invalidYaml, noKind, noApiVersion, missingFile, reconcileFails, list] =
    await Promise.all([
      plan(SEED),
      npmPlan(SEED),
      plan(paths.invalidYaml),
      plan(paths.noKind),
      plan(paths.noApiVersion),
      plan(paths.missingFile),
      plan(paths.reconcileFails, paths.unknownKinds),
      plan(paths.list),
    ]);
  runs = {
    seed: seed!,
    seedAgain: seedAgain!,
    invalidYaml: invalidYaml!,
    noKind: noKind!,
    noApiVersion: noApiVersion!,
    missingFile: missingFile!,
    reconcileFails: reconcileFails!,
    list: list!,
  };
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, nothing on stdout, and exactly one line on stderr: `FILE: document D, line L: …`. */
function expectUnreadable(r: Run, path: string, document: number, line: number, what: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const errLines = lines(r.stderr);
  expect(errLines, r.stderr).toHaveLength(1);
  expect(errLines[0]).toMatch(/^.+: document \d+, line \d+: .+$/);
  expect(
    errLines[0]!.startsWith(`${path}: document ${document}, line ${line}: `),
    errLines[0],
  ).toBe(true);
  expect(errLines[0]).toMatch(what);
}

describe('plan CLI (shared/CONTRACT.md)', () => {
  it('exits 0 with the plan JSON for the seed scenario', () => {
    const r = runs.seed;
    expect(r.code, r.stderr).toBe(0);
    const planJson = JSON.parse(r.stdout) as Plan;
    expect(Object.keys(planJson)).toEqual(
      expect.arrayContaining(['loadBalancers', 'targetGroups', 'errors', 'assumptions']),
    );
    expect(planJson.loadBalancers.map((lb) => lb.stack)).toEqual(['default/domain-ingress']);
    expect(planJson.errors).toEqual([]);
    // Every stderr line is a note, never an error.
    for (const l of lines(r.stderr)) expect(l).toMatch(/^note: /);
  });

  it('prints exactly what planFromManifests computes, pretty-printed', () => {
    const outcome = planFromManifests([{ name: SEED, text: readFileSync(SEED, 'utf8') }]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(runs.seed.stdout).toBe(`${JSON.stringify(outcome.plan, null, 2)}\n`);
  });

  it('is deterministic: byte-identical stdout on two runs (node+tsx and npm run --silent)', () => {
    expect(runs.seedAgain.code, runs.seedAgain.stderr).toBe(0);
    expect(runs.seedAgain.stdout).toBe(runs.seed.stdout);
    expect(runs.seedAgain.stderr).toBe(runs.seed.stderr);
  });

  it('exits 2 on invalid YAML, naming the file, document 2 and the line', () => {
    expectUnreadable(runs.invalidYaml, paths.invalidYaml!, 2, 9, /invalid YAML/);
  });

  it('exits 2 on a document without kind', () => {
    expectUnreadable(runs.noKind, paths.noKind!, 1, 1, /kind/);
  });

  it('exits 2 on a document without apiVersion, naming document 2 and the line it starts on', () => {
    expectUnreadable(runs.noApiVersion, paths.noApiVersion!, 2, 8, /apiVersion/);
  });

  it('exits 2 on a file that does not exist, naming the file', () => {
    const r = runs.missingFile;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const errLines = lines(r.stderr);
    expect(errLines, r.stderr).toHaveLength(1);
    expect(errLines[0]!.startsWith(`${paths.missingFile}: document `), errLines[0]).toBe(true);
    expect(errLines[0]).toMatch(/: document \d+, line \d+: .*(no such file|not exist)/i);
  });

  it('exits 0 with the failure in `errors` when reconcile fails (instance mode on a ClusterIP Service)', () => {
    const r = runs.reconcileFails;
    expect(r.code, r.stderr).toBe(0);
    const planJson = JSON.parse(r.stdout) as Plan;
    expect(planJson.loadBalancers).toEqual([]);
    expect(planJson.targetGroups).toEqual([]);
    expect(planJson.errors).toEqual([
      expect.objectContaining({
        object: 'Ingress default/site',
        reason: 'FailedBuildModel',
        message: expect.stringContaining(
          "TargetGroup port is empty. When using Instance targets, your service be must of type 'NodePort' or 'LoadBalancer'",
        ),
      }),
    ]);
  });

  it('ignores unknown kinds with a note on stderr, not an error', () => {
    const r = runs.reconcileFails;
    expect(r.code).toBe(0);
    const errLines = lines(r.stderr);
    for (const l of errLines) expect(l).toMatch(/^note: /);
    const notes = errLines.filter((l) => l.includes(paths.unknownKinds!));
    expect(notes).toEqual([
      expect.stringMatching(/document 1, line 1: .*ConfigMap.*ignored/),
      expect.stringMatching(/document 2, line 8: .*Widget.*ignored/),
    ]);
    const planJson = JSON.parse(r.stdout) as Plan;
    expect(JSON.stringify(planJson.errors)).not.toMatch(/ConfigMap|Widget/);
  });

  it('reads `kind: List` (kubectl -o yaml) like the same objects as separate documents', () => {
    const r = runs.list;
    expect(r.code, r.stderr).toBe(0);
    const planJson = JSON.parse(r.stdout) as Plan;
    expect(planJson.loadBalancers.map((lb) => [lb.stack, lb.type])).toEqual([
      ['default/echo', 'network'],
    ]);
    expect(planJson.targetGroups.flatMap((tg) => tg.targets.map((t) => [t.id, t.port]))).toEqual([
      ['i-0123456789abcdef0', 30080],
    ]);
    // The same objects as a multi-document file give the same plan.
    const { items } = parse(KUBECTL_LIST) as { items: unknown[] };
    const text = items.map((item) => stringify(item)).join('---\n');
    const separate = planFromManifests([{ name: 'items.yaml', text }]);
    expect(separate.ok).toBe(true);
    if (separate.ok) expect(r.stdout).toBe(`${JSON.stringify(separate.plan, null, 2)}\n`);
  });
});
