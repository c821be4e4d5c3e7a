import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { settledFrame } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import type { SceneNode } from '../../scene/scene-model.ts';
import { cardHeadline } from './scene-to-react-flow.ts';
import { translateSceneText } from './translate-scene-text.ts';

const en = createTranslator('en');
const ko = createTranslator('ko');
const headline = (node: SceneNode, t: typeof en) =>
  cardHeadline(node, node.badge ? translateSceneText(t, node.badge.text) : null, t);

/** Every card with a detail, at every settled step of every chapter and target type. */
function cardsWithDetail(): { where: string; node: SceneNode }[] {
  const cards: { where: string; node: SceneNode }[] = [];
  for (const [id, spec] of chapterSpecs)
    for (const mode of spec.modes) {
      const lesson = lessonOf(spec, mode);
      if (!lesson.ok) throw new Error(`${id} (${mode}) has no lesson`);
      lesson.steps.forEach((step, index) => {
        for (const node of settledFrame(lesson, index)?.scene.nodes ?? [])
          if (node.detail) cards.push({ where: `${id} ${mode} ${step.id}: ${node.id}`, node });
      });
    }
  return cards;
}

describe("a card's kind line", () => {
  const cards = cardsWithDetail();

  it('names the kind in both languages or in neither, at every step of every chapter', () => {
    const differ = cards.flatMap(({ where, node }) => {
      const inEnglish = headline(node, en) !== node.detail;
      const inKorean = headline(node, ko) !== node.detail;
      return inEnglish === inKorean
        ? []
        : [`${where}: “${headline(node, en)}” / “${headline(node, ko)}”`];
    });
    expect(differ).toEqual([]);
  });

  it('shows a target group’s target type and port alone, in both target types and languages', () => {
    const groups = cards.filter(({ node }) => node.kind === 'target-group');
    const types = new Set(groups.map(({ node }) => node.detail?.split(' · ')[0]));
    expect(types).toEqual(new Set(['instance', 'ip']));
    for (const { where, node } of groups) {
      expect(headline(node, en), where).toBe(node.detail);
      expect(headline(node, ko), where).toBe(node.detail);
    }
  });

  it('still names the kind of a card whose detail is only an address', () => {
    const pod = cards.find(({ node }) => node.kind === 'pod')?.node;
    expect(pod && headline(pod, en)).toBe(`Pod · ${pod?.detail}`);
    expect(pod && headline(pod, ko)).toBe(`파드 · ${pod?.detail}`);
  });
});
