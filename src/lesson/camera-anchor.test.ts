import { describe, expect, it } from 'vitest';
import { frameAt, settledFrame } from './frame.ts';
import { scenesOf } from './run-scenes.ts';
import { cameraAnchor } from './camera-anchor.ts';
import { builtLessons, chapterLesson, stepIndex } from './test-support/chapter-lessons.ts';

describe('cameraAnchor', () => {
  for (const mode of ['instance', 'ip'] as const) {
    const lesson = chapterLesson('instance-mode', mode);
    const reply = lesson.steps.findIndex((s) =>
      s.parts.every((p) => p.kind === 'packet' && p.segment.direction === 'response'),
    );

    it(`frames a settled reply at the client that receives it (${mode})`, () => {
      const frame = settledFrame(lesson, reply)!;
      expect(frame.packet?.to).toBe('client');
      expect(cameraAnchor(frame)).toBe('client');
    });

    it(`follows the packet while it moves, and on request steps (${mode})`, () => {
      const step = lesson.steps[reply]!;
      const moving = frameAt(lesson, (step.startMs + step.endMs) / 2)!;
      expect(cameraAnchor(moving)).toBe(moving.packet?.to);
      const request = settledFrame(lesson, reply - 1)!;
      expect(cameraAnchor(request)).toBe(request.packet?.to);
    });
  }

  it("frames a settled controller step at what it changed (the ClusterIP Service's card)", () => {
    const lesson = chapterLesson('ip-mode', 'ip');
    const frame = settledFrame(lesson, stepIndex(lesson, 'clusterip-service'))!;
    expect(frame.packet).toBeNull();
    expect(cameraAnchor(frame)).toBe('service:default/location-api');
  });

  for (const [chapter, step] of [
    ['instance-mode', 'watch'],
    ['controller-overview', 'duty-watch'],
    ['controller-overview', 'runs-as-a-pod'],
  ] as const)
    it(`frames a settled watch or start step at the controller's pod (${chapter} ${step})`, () => {
      const lesson = chapterLesson(chapter, 'instance');
      const frame = settledFrame(lesson, stepIndex(lesson, step))!;
      expect(cameraAnchor(frame)).toBe('controller');
    });

  it('never anchors on something not drawn, and never on the controller unless the step is about its pod', () => {
    for (const { id, mode, lesson } of builtLessons())
      lesson.steps.forEach((step, index) => {
        const frame = settledFrame(lesson, index);
        if (!frame || frame.packet) return;
        const anchor = cameraAnchor(frame);
        if (anchor === null) return;
        expect(
          frame.scene.nodes.some((n) => n.id === anchor),
          `${id} ${mode} ${step.id}`,
        ).toBe(true);
        if (anchor === 'controller' && !step.focus.includes('controller'))
          expect(
            frame.step.parts.some(
              (p) => p.kind === 'event' && ['controller-started', 'watch'].includes(p.event.kind),
            ),
            `${id} ${mode} ${step.id}`,
          ).toBe(true);
      });
  });
});

describe('cameraAnchor on a step that declares no focus', () => {
  it('stands at what the step changed when one of its events touched it (a pending pod, not the Service after it)', () => {
    const lesson = chapterLesson('change-over-time', 'instance');
    const frame = settledFrame(lesson, stepIndex(lesson, 'gate-injected'))!;
    const created = frame.step.parts.flatMap((p) =>
      p.kind === 'event' ? p.events.filter((e) => e.kind === 'pod' && e.phase === 'created') : [],
    );
    expect(created).toHaveLength(1);
    const pod = `pod:${(created[0] as { pod: string }).pod}`;
    expect(frame.changed.has(pod)).toBe(true);
    expect(cameraAnchor(frame)).toBe(pod);
  });

  it('never stands at something the step left unchanged while it changed something it touched', () => {
    for (const { id, mode, lesson } of builtLessons())
      lesson.steps.forEach((step, index) => {
        const frame = settledFrame(lesson, index);
        if (!frame || frame.packet || step.focus.length > 0) return;
        const scenes = scenesOf(frame.run);
        const touched = frame.step.parts.flatMap((p) =>
          p.kind === 'event' ? p.events.flatMap((e) => scenes.focusOf(e)) : [],
        );
        const madeAndTouched = touched.filter((t) => frame.changed.has(t));
        const anchor = cameraAnchor(frame);
        if (madeAndTouched.length === 0 || anchor === 'controller') return;
        expect(madeAndTouched, `${id} ${mode} ${step.id}`).toContain(anchor);
      });
  });
});
