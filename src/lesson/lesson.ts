import type { SimEvent } from '../simulator/index.ts';
import { runScenario } from './chapter-run.ts';
import type { ChapterStep, EventStep } from './chapter-steps.ts';
import type { ChapterSpec, EventQuery, HopQuery, StepSpec } from './define-chapter.ts';
import type { ScenarioSource, TargetMode } from './chapters.ts';
import {
  STEP_GAP_MS,
  STILL_MS,
  type Lesson,
  type LessonPart,
  type LessonStep,
  type OkRun,
} from './lesson-time.ts';

// The lesson's shape and clock live in lesson-time.ts (the page imports them without the simulator).
export * from './lesson-time.ts';

/** The scenario of a chapter's run (`main` or a variant) as the chapter runner takes it. */
function variantSource(spec: ChapterSpec, variant: string): ScenarioSource {
  const v = variant === 'main' ? undefined : spec.variants?.[variant];
  const actions = v ? v.actions : spec.actions;
  const file = { name: spec.scenario.name, text: spec.scenario.text };
  const name = `content/chapters/${spec.id}/chapter.ts`;
  const switchTo = v?.switchTargetType;
  const switching = (mode: TargetMode) => ({
    name,
    text: `${actions ?? ''}- at: ${switchTo?.at}\n  setTargetType: { ingress: ${switchTo?.ingress}, targetType: ${mode} }\n`,
  });
  return {
    files: { instance: file, ip: file },
    url: v?.url ?? spec.request.url,
    seed: v?.seed ?? spec.request.seed,
    ...(actions && !switchTo ? { actions: { name, text: actions } } : {}),
    ...(switchTo
      ? {
          actionsByMode: { instance: switching('instance'), ip: switching('ip') },
          startTargetType: { instance: 'ip', ip: 'instance' },
        }
      : {}),
    ...((v?.untilMs ?? spec.untilMs) !== undefined ? { untilMs: v?.untilMs ?? spec.untilMs } : {}),
    ...((v?.tell ?? spec.tell) ? { tell: v?.tell ?? spec.tell } : {}),
    targetTypeFromMode: true,
  };
}

const field = (event: SimEvent, name: string): unknown =>
  (event as unknown as Record<string, unknown>)[name];

function eventMatches(step: EventStep, q: EventQuery): boolean {
  return step.events.some((e) => {
    if (e.kind !== q.kind) return false;
    if (q.operation !== undefined && field(e, 'operation') !== q.operation) return false;
    if (q.objectKind !== undefined && field(e, 'objectKind') !== q.objectKind) return false;
    if (q.reason !== undefined && field(e, 'reason') !== q.reason) return false;
    if (q.phase !== undefined && field(e, 'phase') !== q.phase) return false;
    if (q.action !== undefined && !String(field(e, 'action') ?? '').startsWith(q.action))
      return false;
    if (q.state !== undefined) {
      const after = field(e, 'after') as { state?: string } | null;
      if ((after?.state ?? 'gone') !== q.state) return false;
    }
    return true;
  });
}

function nthIndex<T>(items: readonly T[], match: (item: T) => boolean, nth = 1): number {
  const hits = items.flatMap((item, i) => (match(item) ? [i] : []));
  return (nth < 0 ? hits[hits.length + nth] : hits[nth - 1]) ?? -1;
}

function findEvent(steps: readonly ChapterStep[], q: EventQuery): number {
  return nthIndex(steps, (s) => s.kind === 'event' && eventMatches(s, q), q.nth);
}

function findHop(steps: readonly ChapterStep[], q: HopQuery): number {
  return nthIndex(
    steps,
    (s) =>
      s.kind === 'packet' &&
      s.segment.hop.at === q.at &&
      (q.direction === undefined || s.segment.direction === q.direction),
    q.nth,
  );
}

/** The events index (into run.events) right after the event `q` picks; null if none. */
function stillIndex(run: OkRun, still: 'start' | 'end' | EventQuery): number | null {
  if (still === 'start') return -1;
  if (still === 'end') return run.events.length - 1;
  const at = findEvent(run.steps, still);
  const step = run.steps[at];
  return step?.kind === 'event' ? step.sceneIndex : null;
}

/** The run's parts a step shows (on the run's own clock), or why it shows nothing. */
function resolveStep(run: OkRun, spec: StepSpec): ChapterStep[] | { stillAt: number } | string {
  const show = spec.show;
  if ('still' in show) {
    const at = stillIndex(run, show.still);
    return at === null
      ? `step ${spec.id}: no event matches ${JSON.stringify(show.still)}`
      : { stillAt: at };
  }
  let from: number;
  let until: number;
  if ('events' in show) {
    from = findEvent(run.steps, show.events);
    until = show.until ? findEvent(run.steps, show.until) : from;
  } else {
    from = findHop(run.steps, show.hops);
    until = show.until ? findHop(run.steps, show.until) : from;
  }
  if (from < 0)
    return `step ${spec.id}: nothing matches ${JSON.stringify('events' in show ? show.events : show.hops)}`;
  if (until < from) return `step ${spec.id}: "until" matches nothing at or after the start`;
  return run.steps.slice(from, until + 1);
}

/** Moves a run's part onto the chapter's clock, starting at `startMs`. */
function retime(part: ChapterStep, variant: string, index: number, startMs: number): LessonPart {
  const duration = part.endMs - part.startMs;
  return { ...part, variant, index, startMs, endMs: startMs + duration };
}

function buildLesson(spec: ChapterSpec, mode: TargetMode): Lesson {
  const runs: Record<string, OkRun> = {};
  const names = ['main', ...Object.keys(spec.variants ?? {})];
  for (const name of names) {
    const run = runScenario(sourceOf(spec, name), mode);
    if (!run.ok) return { ok: false, chapterId: spec.id, mode, failed: run };
    runs[name] = run;
  }
  const steps: LessonStep[] = [];
  const missing: string[] = [];
  let clock = 0;
  let partIndex = 0;
  for (const stepSpec of spec.steps) {
    if (stepSpec.modes && !stepSpec.modes.includes(mode)) continue;
    const variant = stepSpec.variant ?? 'main';
    const run = runs[variant];
    if (!run) {
      missing.push(`step ${stepSpec.id}: no variant ${variant}`);
      continue;
    }
    const resolved = resolveStep(run, stepSpec);
    if (typeof resolved === 'string') {
      missing.push(resolved);
      continue;
    }
    const startMs = clock;
    const parts: LessonPart[] = [];
    if ('stillAt' in resolved) {
      parts.push({
        kind: 'still',
        variant,
        index: partIndex++,
        startMs: clock,
        endMs: clock + STILL_MS,
        sceneIndex: resolved.stillAt,
      });
      clock += STILL_MS;
    } else
      for (const part of resolved) {
        const timed = retime(part, variant, partIndex++, clock);
        parts.push(timed);
        clock = timed.endMs;
      }
    steps.push({
      id: stepSpec.id,
      index: steps.length,
      startMs,
      endMs: clock,
      variant,
      parts,
      focus: stepSpec.focus ?? [],
      ...(stepSpec.unmarked ? { unmarked: stepSpec.unmarked } : {}),
      ...(stepSpec.camera ? { camera: stepSpec.camera } : {}),
    });
    clock += STEP_GAP_MS;
  }
  if (missing.length > 0) return { ok: false, chapterId: spec.id, mode, failed: null, missing };
  return {
    ok: true,
    chapterId: spec.id,
    mode,
    runs,
    steps,
    durationMs: steps.at(-1)?.endMs ?? 0,
  };
}

const sources = new WeakMap<ChapterSpec, Map<string, ScenarioSource>>();
/** One source object per chapter and variant, so the run cache (keyed by source) hits. */
function sourceOf(spec: ChapterSpec, variant: string): ScenarioSource {
  let byVariant = sources.get(spec);
  if (!byVariant) sources.set(spec, (byVariant = new Map()));
  let source = byVariant.get(variant);
  if (!source) byVariant.set(variant, (source = variantSource(spec, variant)));
  return source;
}

const lessons = new WeakMap<ChapterSpec, Map<TargetMode, Lesson>>();

/** A chapter read in one mode: its runs and its steps on one clock (cached per chapter and mode). */
export function lessonOf(spec: ChapterSpec, mode: TargetMode): Lesson {
  let byMode = lessons.get(spec);
  if (!byMode) lessons.set(spec, (byMode = new Map()));
  let lesson = byMode.get(mode);
  if (!lesson) byMode.set(mode, (lesson = buildLesson(spec, mode)));
  return lesson;
}
