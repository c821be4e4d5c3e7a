import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { settledFrame } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { textWidth } from '../../scene/text-width.ts';
import { toFlowNodes } from './scene-to-react-flow.ts';
import type { CardData } from './diagram-flow-types.ts';
import { CardLines } from './nodes/CardLines.tsx';

/**
 * A compact card's second line is its icon and a few words: never the icon alone (it read as a
 * broken card on kube-apiserver, the IAM role, STS, the OIDC provider and the shared backend
 * security group), and the words fit beside the card's badge.
 */
const ICON_AND_INSET = 42;
const badgeRoom = (data: CardData) => (data.badge ? textWidth(data.badge.text, 12) + 26 : 0);

describe("a compact card's second line", () => {
  for (const lang of ['en', 'ko'] as const) {
    const t = createTranslator(lang);
    const seen = new Set<string>();
    for (const [id, spec] of chapterSpecs)
      for (const mode of spec.modes) {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) continue;
        const frame = settledFrame(lesson, lesson.steps.length - 1);
        if (!frame) continue;
        for (const node of toFlowNodes(frame.scene, { reducedMotion: false, t }))
          if (node.type === 'element' && node.data.compact) seen.add(JSON.stringify([id, node]));
      }
    const cards = [...seen].map(
      (s) => JSON.parse(s) as [string, { id: string; data: CardData; width: number }],
    );

    it(`(${lang}) says what the API server, the IAM role, STS and the shared backend group are, beside their badge`, () => {
      const named = cards.filter(([, n]) => /^(apiserver|iam|sts|oidc|sg:.+\/backend)$/.test(n.id));
      expect(new Set(named.map(([, n]) => n.data.kind))).toEqual(
        new Set(['apiserver', 'iam', 'sts', 'oidc', 'security-group']),
      );
      for (const [chapter, node] of named) {
        expect(node.data.detail, `${chapter} ${node.id}`).toBeTruthy();
        const room = node.width - ICON_AND_INSET - badgeRoom(node.data);
        expect(textWidth(node.data.detail!, 12), `${chapter} ${node.id}`).toBeLessThanOrEqual(room);
      }
    });
  }
});

describe('a compact card with nothing under its name', () => {
  const data = (detail: string | null, badge: CardData['badge']): CardData => ({
    kind: 'client',
    name: 'Client 203.0.113.10',
    headline: 'Client',
    label: '203.0.113.10',
    shownLines: ['203.0.113.10'],
    detail,
    badge,
    compact: true,
    emphasis: 'none',
    reducedMotion: false,
  });
  const lines = (d: CardData) =>
    (renderToStaticMarkup(createElement(CardLines, { data: d })).match(/class="dg-line"/g) ?? [])
      .length;

  it('shows its name alone, no lone icon under it', () => {
    expect(lines(data(null, null))).toBe(1);
    expect(renderToStaticMarkup(createElement(CardLines, { data: data(null, null) }))).not.toMatch(
      /<svg/,
    );
  });

  it('keeps the icon line where there is a detail or a badge', () => {
    expect(lines(data('Client', null))).toBe(2);
    expect(lines(data(null, { tone: 'ok', text: 'Ready' }))).toBe(2);
  });
});
