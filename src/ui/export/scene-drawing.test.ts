import { beforeAll, describe, expect, it } from 'vitest';
import { buildLesson } from '../../lesson/build-lesson.ts';
import type { OkLesson } from '../../lesson/frame.ts';
import { createTranslator } from '../../i18n/translate.ts';
import type { Locale } from '../../i18n/locales.ts';
import { currentFrame, svgOf, type ExportContext } from './exports.ts';
import type { Drawing, Shape } from './drawing-shapes.ts';
import { drawingOf } from './scene-drawing.ts';
import { fitText, wrapText } from './text-fit.ts';

let lesson: OkLesson;
beforeAll(async () => {
  const built = await buildLesson({ chapterId: 'ip-mode', mode: 'ip', custom: null });
  if (!built.ok) throw new Error('ip-mode did not resolve');
  lesson = built;
});

/** The context the Share dialog hands the builders, at the middle of a step. */
function contextAt(stepIndex: number, lang: Locale): ExportContext {
  const step = lesson.steps[stepIndex]!;
  const t = createTranslator(lang);
  return {
    lesson,
    simulatedMs: (step.startMs + step.endMs) / 2,
    expanded: new Set(),
    t,
    theme: 'light',
    state: { chapter: 'ip-mode', step: step.id, mode: 'ip', lang, scenario: null },
    chapterTitle: t('chapter.title.ip-mode'),
  };
}

const texts = (svg: string) =>
  [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"),
  );

/** A packet step: the request on its way between two cards. */
const packetStep = () => lesson.steps.findIndex((s) => s.parts.some((p) => p.kind === 'packet'));

describe('exported pictures', () => {
  it('print the step narration under the title, in the reader language', () => {
    for (const lang of ['en', 'ko'] as const) {
      const ctx = contextAt(packetStep(), lang);
      const all = texts(svgOf(ctx)).join(' ');
      const t = createTranslator(lang);
      const direction = t('player.direction.request');
      // "Step 8 of 10 (request): …" — the words the player's narration line starts with.
      expect(all).toContain(`(${direction})`);
      expect(all).toContain(
        t('player.narrationText', {
          step: packetStep() + 1,
          total: lesson.steps.length,
          direction,
          text: '',
        }).trim(),
      );
    }
  });

  it('name what each thing is: group titles and kind lines as on the canvas', () => {
    const en = texts(svgOf(contextAt(packetStep(), 'en')));
    expect(en.some((t) => /^VPC 10\.0\.0\.0\/16$/.test(t))).toBe(true);
    expect(en.some((t) => t.startsWith('Availability Zone us-west-2a'))).toBe(true);
    expect(en.some((t) => t.startsWith('Pod · '))).toBe(true);
    const ko = texts(svgOf(contextAt(packetStep(), 'ko')));
    expect(ko.some((t) => t.startsWith('가용 영역 us-west-2a'))).toBe(true);
    expect(ko.some((t) => t.startsWith(`${createTranslator('ko')('diagram.kind.pod')} · `))).toBe(
      true,
    );
  });

  it('declare a font list that has Korean fonts', () => {
    const svg = svgOf(contextAt(0, 'ko'));
    const family = /<svg [^>]*font-family="([^"]+)"/.exec(svg)?.[1] ?? '';
    for (const font of ['Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'sans-serif'])
      expect(family).toContain(font);
  });

  it("never lay the packet's label over a card's letters, and keep it in the picture", () => {
    const ctx = contextAt(packetStep(), 'en');
    const frame = currentFrame(ctx);
    expect(frame.packet).not.toBeNull();
    const drawing: Drawing = drawingOf(frame, {
      theme: 'light',
      caption: 'c',
      narration: '',
      label: (n) => n.label,
      headline: (n) => n.kind,
      badge: () => null,
    });
    const pill = drawing.shapes.find((s) => s.kind === 'pill') as Extract<Shape, { kind: 'pill' }>;
    expect(pill).toBeDefined();
    expect(pill.x).toBeGreaterThanOrEqual(0);
    expect(pill.x + pill.w).toBeLessThanOrEqual(drawing.width);
    // The letters of the cards: each text a box of its size (bold names, kind lines).
    const letters = drawing.shapes.filter(
      (s): s is Extract<Shape, { kind: 'text' }> =>
        s.kind === 'text' && s.text !== frame.packet!.label && s.size <= 13,
    );
    const over = letters.filter(
      (s) =>
        s.x < pill.x + pill.w &&
        pill.x < s.x + s.text.length * s.size * 0.62 &&
        s.y - s.size < pill.y + pill.h &&
        pill.y < s.y,
    );
    expect(over.map((s) => s.text)).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and cuts the last allowed line with …', () => {
    const lines = wrapText('one two three four five six seven eight', 60, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('short', 100, 10, 3)).toEqual(['short']);
    expect(wrapText('', 100, 10, 3)).toEqual([]);
  });

  it('counts Hangul as wide', () => {
    expect(fitText('가나다라마바', 40, 10)).toBe('가나다…');
  });
});
