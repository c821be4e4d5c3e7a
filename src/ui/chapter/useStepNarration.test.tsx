// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import overview from '../../../content/chapters/controller-overview/chapter.ts';
import withoutController from '../../../content/chapters/without-controller/chapter.ts';
import type { ChapterSpec } from '../../lesson/define-chapter.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { useStepNarration } from './useStepNarration.ts';

/** The narration of a chapter's first step (a still of the world before anything happened). */
function firstStill(spec: ChapterSpec, locale: 'en' | 'ko'): string {
  const lesson = lessonOf(spec, 'instance');
  if (!lesson.ok) throw new Error(`${spec.id} did not resolve`);
  const part = lesson.steps[0]!.parts[0]!;
  expect(part.kind).toBe('still');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TranslateContext value={createTranslator(locale)}>{children}</TranslateContext>
  );
  const { result } = renderHook(
    () => useStepNarration(lesson.runs[part.variant] ?? null, part, 0, lesson.steps.length),
    { wrapper },
  );
  return result.current;
}

describe('still steps are narrated for the chapter they belong to', () => {
  it('a chapter without the controller tells its setup, never the controller', () => {
    const en = firstStill(withoutController, 'en');
    expect(en).toContain('(setup)');
    expect(en).not.toMatch(/controller/i);
    const ko = firstStill(withoutController, 'ko');
    expect(ko).toContain('(구성)');
    expect(ko).not.toContain('컨트롤러');
  });

  it('a chapter with the controller tells the moment before it acts', () => {
    expect(firstStill(overview, 'en')).toContain('(controller)');
    expect(firstStill(overview, 'ko')).toContain('컨트롤러');
  });
});
