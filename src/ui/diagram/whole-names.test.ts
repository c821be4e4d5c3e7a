import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { chapterIds } from '../../lesson/chapters.ts';
import { frameAt, settledFrame, type Frame, type OkLesson } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { NAME_INSET, nameFontPx } from '../../scene/name-lines.ts';
import { textWidth } from '../../scene/text-width.ts';
import type { CardData } from './diagram-flow-types.ts';
import { toFlowNodes } from './scene-to-react-flow.ts';

/**
 * Every card's name at every step of every chapter, in both target types and both languages, is
 * drawn whole: on one line or broken across a few, never cut with an ellipsis, and every line
 * fits its card ("kube-system/aws-lo…cer-controller" was the bug).
 */
const written = chapterIds.filter((id) => id !== 'playground');

const framesOf = (lesson: OkLesson): Frame[] =>
  lesson.steps.flatMap((step, index) =>
    [settledFrame(lesson, index), frameAt(lesson, step.startMs + 1)].filter(
      (f): f is Frame => f !== null,
    ),
  );

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each(written)('the card names of %s', (id) => {
  const spec = chapterSpecs.get(id)!;
  it.each(spec.modes)('in %s mode are whole and fit their cards, in English and Korean', (mode) => {
    const lesson = lessonOf(spec, mode);
    if (!lesson.ok) throw new Error(`${id} ${mode} does not build`);
    const problems = new Set<string>();
    let cards = 0;
    for (const lang of ['en', 'ko'] as const) {
      const t = createTranslator(lang);
      const seen = new Set<object>();
      for (const frame of framesOf(lesson)) {
        if (seen.has(frame.scene)) continue;
        seen.add(frame.scene);
        for (const node of toFlowNodes(frame.scene, { t, reducedMotion: true })) {
          if (node.type !== 'element' && node.type !== 'container') continue;
          cards++;
          const data: CardData = node.data;
          const room = (node.width ?? 0) - NAME_INSET;
          const font = nameFontPx(data.compact);
          if (squeeze(data.shownLines.join('')) !== squeeze(data.label))
            problems.add(`${node.id} (${lang}): "${data.shownLines.join(' ⏎ ')}"`);
          for (const line of data.shownLines)
            if (textWidth(line, font) > room)
              problems.add(`${node.id} (${lang}): "${line}" is wider than its card`);
        }
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect([...problems]).toEqual([]);
  });
});
