import { parseActions, type Plan } from '../../simulator/index.ts';
import { runScenario } from '../chapter-run.ts';
import type { ScenarioSource } from '../chapters.ts';
import { lessonFromRun } from '../fallback-lesson.ts';
import { withLaidOutScenes } from '../run-scenes.ts';
import type { Lesson } from '../lesson-time.ts';
import { inputDiagnostics, planDiagnostics, type Diagnostic } from './diagnostics.ts';
import { measureNesting } from './nesting.ts';
import { provenanceOf, type ProvenanceEntry } from './provenance.ts';
import { whatIfSummary, worldNames, type WhatIfSummary, type WorldNames } from './what-if.ts';

/** The most text the playground reads (characters); more gets a message, not a frozen page. */
export const MAX_TEXT_CHARS = 2_000_000;

/** What the reader asked for: their manifests, the request to trace, and what-ifs. */
export interface PlaygroundInput {
  text: string;
  url: string;
  clientIp: string;
  seed: number;
  /** The `simulate --actions` YAML; none when empty. */
  actions?: string;
}

export interface PlaygroundResult {
  /** The lesson the diagram draws (null when the input was refused before parsing). */
  lesson: Lesson | null;
  /** `npm run --silent plan` of `effectiveYaml`, byte for byte (null when unreadable). */
  planJson: string | null;
  plan: Plan | null;
  notes: string[];
  /** The reader's text plus what was assumed (the `alb` IngressClass), as the simulator read it. */
  effectiveYaml: string;
  assumedIngressClass: boolean;
  diagnostics: Diagnostic[];
  provenance: ProvenanceEntry[];
  /** Target health over time and requests by status (when there are what-if actions). */
  whatIf: WhatIfSummary | null;
  /** The reader's objects by name, for the what-if templates. */
  names: WorldNames | null;
  /** A problem with the what-if actions (their file, line and message). */
  actionsProblem: string | null;
}

export const ASSUMED_INGRESS_CLASS = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: alb
spec:
  controller: ingress.k8s.aws/alb
`;

export const MANIFESTS_FILE = 'manifests.yaml';
const ACTIONS_FILE = 'actions.yaml';

const refused = (text: string, diagnostic: Diagnostic): PlaygroundResult => ({
  lesson: null,
  planJson: null,
  plan: null,
  notes: [],
  effectiveYaml: text,
  assumedIngressClass: false,
  diagnostics: [diagnostic],
  provenance: [],
  whatIf: null,
  names: null,
  actionsProblem: null,
});

/** How long to simulate: past the last action (and its traffic) by a minute; at least a minute. */
export function simulationSpanMs(actions: string | undefined): number {
  const read = actions?.trim() ? parseActions({ name: ACTIONS_FILE, text: actions }) : null;
  if (!read?.ok) return 60_000;
  const last = Math.max(
    0,
    ...read.value.map((a) => a.atMs + (a.type === 'traffic' ? a.durationMs : 0)),
  );
  return Math.min(last + 60_000, 60 * 60_000);
}

/**
 * The playground's run: the reader's manifests (with the `alb` IngressClass assumed when they
 * wrote none) → the lesson the diagram draws, the plan, the findings at their lines and the
 * provenance of every AWS resource. Refuses input over the size and depth budgets up front.
 */
export function runPlayground(input: PlaygroundInput): PlaygroundResult {
  const { text } = input;
  if (text.length > MAX_TEXT_CHARS)
    return refused(text, {
      line: 1,
      severity: 'error',
      code: 'too-large',
      message: String(text.length),
    });
  const nesting = measureNesting(text);
  if (nesting.overLine !== null)
    return refused(text, {
      line: nesting.overLine,
      severity: 'error',
      code: 'too-deep',
      message: String(nesting.depth),
    });

  const lineCount = text.split('\n').length;
  const assumedIngressClass = !/^\s*["']?kind["']?\s*:\s*["']?IngressClass["']?\s*,?\s*$/m.test(
    text,
  );
  const effectiveYaml = assumedIngressClass
    ? `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}---\n${ASSUMED_INGRESS_CLASS}`
    : text;
  const file = { name: MANIFESTS_FILE, text: effectiveYaml };
  const source: ScenarioSource = {
    files: { instance: file, ip: file },
    url: input.url,
    seed: input.seed,
    clientIp: input.clientIp,
    ...(input.actions?.trim()
      ? {
          actions: { name: ACTIONS_FILE, text: input.actions },
          untilMs: simulationSpanMs(input.actions),
        }
      : {}),
  };
  const run = runScenario(source, 'instance');
  const lesson = lessonFromRun(run, 'playground');
  if (!run.ok) {
    if (run.file === ACTIONS_FILE && input.actions?.trim())
      // The manifests are fine: run them without the actions, and say what is wrong with those.
      return {
        ...runPlayground({ ...input, actions: '' }),
        actionsProblem: run.errors.map((e) => `line ${e.line}: ${e.message}`).join('; '),
      };
    return {
      lesson,
      planJson: null,
      plan: null,
      notes: [],
      effectiveYaml,
      assumedIngressClass,
      diagnostics: inputDiagnostics(run.errors, lineCount),
      provenance: [],
      whatIf: null,
      names: null,
      actionsProblem: null,
    };
  }
  return {
    // Laid out here, in the worker, so the page does not route the diagram on its main thread.
    lesson: lesson.ok ? withLaidOutScenes(lesson) : lesson,
    planJson: JSON.stringify(run.plan, null, 2),
    plan: run.plan,
    notes: [...run.plan.assumptions, ...run.notes],
    effectiveYaml,
    assumedIngressClass,
    diagnostics: planDiagnostics(text, run.world, run.plan, run.notes),
    provenance: provenanceOf(run.world, run.plan, lineCount),
    whatIf: input.actions?.trim() ? whatIfSummary(run.events, run.requests) : null,
    names: worldNames(run.world),
    actionsProblem: null,
  };
}
