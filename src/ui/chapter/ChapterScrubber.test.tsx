// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LessonStep } from '../../lesson/lesson-time.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { ChapterScrubber } from './ChapterScrubber.tsx';

const step = (index: number, startMs: number, endMs: number): LessonStep => ({
  id: `s${index}`,
  index,
  startMs,
  endMs,
  variant: 'main',
  parts: [],
  focus: [],
});

describe('the scrubber of a chapter', () => {
  it("puts each step's tick where the step settles, so the thumb of a settled step sits on its own tick", () => {
    const steps = [step(0, 0, 100), step(1, 101, 300), step(2, 301, 400)];
    const { container } = render(
      <TranslateContext value={createTranslator('en')}>
        <ChapterScrubber steps={steps} durationMs={400} stepIndex={1} onSeek={() => {}} />
      </TranslateContext>,
    );
    const ticks = [...container.querySelectorAll<HTMLElement>('.scrubber-marker')];
    expect(ticks.map((t) => t.style.left)).toEqual(['25%', '75%', '100%']);
    expect(ticks[1]?.classList.contains('is-current')).toBe(true);
  });
});
