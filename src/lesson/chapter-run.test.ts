import { describe, expect, it } from 'vitest';
import { seedScenario } from './seed-scenario.ts';
import { runScenario, type ChapterRun } from './chapter-run.ts';
import { lessonFromRun } from './fallback-lesson.ts';
import {
  lessonDurationMs,
  lessonStepCount,
  lessonStepEndMs,
  lessonStepIndexAt,
  lessonStepStartMs,
} from './lesson.ts';

// A run read as the app reads one without a written chapter: one step per event and hop.
const asLesson = (run: ChapterRun) => lessonFromRun(run, 'playground');
const stepCount = (run: ChapterRun) => lessonStepCount(asLesson(run));
const durationMs = (run: ChapterRun) => lessonDurationMs(asLesson(run));
const stepStartMs = (run: ChapterRun, i: number) => lessonStepStartMs(asLesson(run), i);
const stepIndexAt = (run: ChapterRun, ms: number) => lessonStepIndexAt(asLesson(run), ms);
const asLessonEnd = (run: ChapterRun, i: number) => lessonStepEndMs(asLesson(run), i);

const hopsOf = (mode: 'instance' | 'ip') => {
  const run = runScenario(seedScenario, mode);
  if (!run.ok) throw new Error('the seed does not parse');
  return run.timeline.segments.map((s) => `${s.direction} ${s.hop.at} ${s.hop.name}`);
};

describe('runScenario', () => {
  it('traces the seed in instance mode across nodes: NodePort, kube-proxy, the second node, the pod and back', () => {
    expect(hopsOf('instance')).toEqual([
      'request dns api.example.com',
      'request client 203.0.113.10',
      'request alb k8s-default-domainin-ff2d9f1492',
      'request listener HTTPS:443',
      'request rule 1',
      'request target-group default/domain-ingress-location-api:80',
      'request node k8s-api-domain-2',
      'request kube-proxy k8s-api-domain-2',
      'request node k8s-api-domain',
      'request pod default/domain-api-1',
      'response pod default/domain-api-1',
      'response node k8s-api-domain',
      'response kube-proxy k8s-api-domain-2',
      'response target-group default/domain-ingress-location-api:80',
      'response alb k8s-default-domainin-ff2d9f1492',
      'response client 203.0.113.10',
    ]);
  });

  it('has no kube-proxy hop in ip mode, and the ALB sends to a pod IP', () => {
    const hops = hopsOf('ip');
    expect(hops.some((h) => h.includes('kube-proxy'))).toBe(false);
    const run = runScenario(seedScenario, 'ip');
    expect(run.ok && run.timeline.segments[5]?.hop.target).toMatch(/^10\.0\.\d+\.\d+:8000$/);
  });

  it('returns the same object for the same scenario and mode', () => {
    expect(runScenario(seedScenario, 'ip')).toBe(runScenario(seedScenario, 'ip'));
    expect(runScenario(seedScenario, 'ip')).not.toBe(runScenario(seedScenario, 'instance'));
  });

  it('reports unreadable manifests instead of throwing', () => {
    const file = { name: 'broken.yaml', text: 'a: [' };
    const broken = { ...seedScenario, files: { instance: file, ip: file } };
    const run = runScenario(broken, 'instance');
    expect(run.ok).toBe(false);
    expect(stepCount(run)).toBe(0);
    expect(durationMs(run)).toBe(0);
  });
});

describe('steps on the virtual clock', () => {
  const run = runScenario(seedScenario, 'instance');

  it('starts step n at segment n and finds the step back from any time inside it', () => {
    for (let index = 0; index < stepCount(run); index++) {
      const start = stepStartMs(run, index);
      expect(stepIndexAt(run, start)).toBe(index);
      expect(stepIndexAt(run, start + 1)).toBe(index);
      // The step's end is still the step (its settled frame), not the next one.
      expect(stepIndexAt(run, asLessonEnd(run, index))).toBe(index);
    }
    expect(stepIndexAt(run, durationMs(run))).toBe(stepCount(run) - 1);
    expect(stepIndexAt(run, -5)).toBe(0);
  });

  it('clamps step indexes outside the run', () => {
    expect(stepStartMs(run, -1)).toBe(0);
    expect(stepStartMs(run, 999)).toBe(stepStartMs(run, stepCount(run) - 1));
  });
});
