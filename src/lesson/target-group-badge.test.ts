import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { lessonOf } from './lesson.ts';

/** The target group's badge at a chapter's step, in a mode. */
function badgeAt(chapter: string, stepId: string, mode: 'instance' | 'ip', group: string) {
  const lesson = lessonOf(chapterSpecs.get(chapter as never)!, mode);
  if (!lesson.ok) throw new Error(`${chapter} does not build`);
  const frame = settledFrame(lesson, lesson.steps.findIndex((s) => s.id === stepId))!;
  return frame.scene.nodes.find((n) => n.id === group)?.badge;
}

describe("a target group's badge", () => {
  it('is amber, not red, while its targets are only in their first checks', () => {
    const badge = badgeAt(
      'instance-mode',
      'register-targets',
      'instance',
      'tg:default/domain-ingress-location-api:80',
    );
    expect(badge?.text.params).toMatchObject({ healthy: 0, total: 2 });
    expect(badge?.tone).toBe('warn');
  });

  it('is red once its targets fail their checks', () => {
    const badge = badgeAt(
      'change-over-time',
      'fail-open',
      'ip',
      'tg:default/domain-ingress-location-api:80',
    );
    expect(badge?.text.params).toMatchObject({ healthy: 0 });
    expect(badge?.tone).toBe('bad');
  });
});
