import { describe, expect, it } from 'vitest';
import instanceMode from '../../../content/chapters/instance-mode/chapter.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { stepNarration } from './step-narration.ts';

/** instance-mode's "targets-healthy" step in a mode: its lesson, step and event parts. */
function targetsHealthy(mode: 'instance' | 'ip') {
  const lesson = lessonOf(instanceMode, mode);
  if (!lesson.ok) throw new Error('instance-mode did not resolve');
  const step = lesson.steps.find((s) => s.id === 'targets-healthy');
  if (!step) throw new Error('no targets-healthy step');
  const events = step.parts.filter((p) => p.kind === 'event');
  const run = lesson.runs[step.variant] ?? null;
  const tell = (locale: 'en' | 'ko', part: (typeof events)[number]) =>
    stepNarration(createTranslator(locale), run, part, step.index, lesson.steps.length, step.parts);
  return { events, tell };
}

describe('a step in which several targets change alike', () => {
  it.each([
    ['instance', 2],
    ['ip', 4],
  ] as const)('%s mode: at its end, names every target that turned healthy', (mode, count) => {
    const { events, tell } = targetsHealthy(mode);
    expect(events).toHaveLength(count);
    const last = events.at(-1)!;
    const targets = events.map((p) => String(p.event.narration.params.target));
    const en = tell('en', last);
    expect(en).toContain(`${count} targets pass a health check and turn healthy`);
    for (const target of targets) expect(en).toContain(target);
    const ko = tell('ko', last);
    expect(ko).toContain(`대상 ${count}개가 상태 확인을 통과해 정상(healthy) 상태가 됩니다`);
    for (const target of targets) expect(ko).toContain(target);
  });

  it('while it plays, each event still tells its own target', () => {
    const { events, tell } = targetsHealthy('ip');
    const first = events[0]!;
    const en = tell('en', first);
    expect(en).toContain(`Target ${String(first.event.narration.params.target)} passes`);
    expect(en).not.toMatch(/\d targets/);
  });
});

describe('a still in the middle of a run', () => {
  it('is told as the picture, not as something the controller does', () => {
    const ipMode = chapterSpecs.get('ip-mode')!;
    const lesson = lessonOf(ipMode, 'ip');
    if (!lesson.ok) throw new Error('ip-mode did not resolve');
    const step = lesson.steps.find((s) => s.id === 'why-pod-ips-route')!;
    const still = step.parts.find((p) => p.kind === 'still');
    expect(still).toBeDefined();
    const tell = (locale: 'en' | 'ko') =>
      stepNarration(
        createTranslator(locale),
        lesson.runs[step.variant] ?? null,
        still!,
        step.index,
        lesson.steps.length,
      );
    expect(tell('en')).toContain('(the picture): Nothing happens in this step');
    expect(tell('en')).not.toContain('(controller)');
    expect(tell('ko')).toContain('(그림)');
  });
});
