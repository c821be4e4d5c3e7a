import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { checkExpectations } from './frame-expectations.ts';
import { lessonOf } from './lesson.ts';

const cases = [...chapterSpecs].flatMap(([id, spec]) =>
  spec.modes.map((mode) => [id, mode] as const),
);

describe('every step shows what it says', () => {
  it.each(cases)("%s in %s mode: each step's settled frame shows its `shows`", (id, mode) => {
    const spec = chapterSpecs.get(id)!;
    const lesson = lessonOf(spec, mode);
    if (!lesson.ok) throw new Error(`${id} does not resolve in ${mode}`);
    const problems: string[] = [];
    lesson.steps.forEach((step, index) => {
      const shows = spec.steps.find((s) => s.id === step.id)?.shows ?? [];
      if (shows.length === 0) return;
      const frame = settledFrame(lesson, index);
      if (!frame) problems.push(`${step.id}: no settled frame`);
      else
        for (const problem of checkExpectations(frame, shows, mode))
          problems.push(`${step.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
