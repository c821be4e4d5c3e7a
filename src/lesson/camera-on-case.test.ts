import { describe, expect, it } from 'vitest';
import { cameraAnchor } from './camera-anchor.ts';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { lessonOf } from './lesson.ts';

/**
 * Each troubleshooting case applies its own Ingress; the settled step stands at that Ingress (the
 * one its prose and its warning are about), though the step also tells the API server's watch.
 */
describe('the camera on a troubleshooting case', () => {
  const lesson = lessonOf(chapterSpecs.get('troubleshooting')!, 'instance');
  if (!lesson.ok) throw new Error('lesson');
  for (const [step, ingress] of [
    ['subnets-not-found', 'internal-ingress'],
    ['port-not-found', 'stats-ingress'],
    ['empty-target-group-port', 'report-ingress'],
    ['no-certificate', 'admin-ingress'],
    ['ignored-for-its-class', 'docs-ingress'],
  ] as const)
    it(`${step} stands at Ingress default/${ingress}`, () => {
      const index = lesson.steps.findIndex((s) => s.id === step);
      const frame = settledFrame(lesson, index)!;
      expect(frame.step.parts.some((p) => p.kind === 'event' && p.event.kind === 'watch')).toBe(
        true,
      );
      expect(cameraAnchor(frame)).toBe(`ingress:default/${ingress}`);
    });
});
