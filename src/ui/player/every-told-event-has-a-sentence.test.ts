import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.en.ts';
import { ko } from '../../i18n/messages.ko.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { lessonOf } from '../../lesson/lesson.ts';

// The narration of a controller step is the event's sentence in the reader's language.
describe('every chapter', () => {
  it('has a sentence in both languages for every event its steps tell', () => {
    const missing = new Set<string>();
    for (const [id, spec] of chapterSpecs)
      for (const mode of spec.modes) {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) continue;
        for (const step of lesson.steps)
          for (const part of step.parts)
            if (part.kind === 'event')
              for (const event of part.events) {
                const key = `sim.${event.narration.key}`;
                if (!(key in en) || !(key in ko)) missing.add(`${key} (${id}/${step.id})`);
              }
      }
    expect([...missing]).toEqual([]);
  });
});
