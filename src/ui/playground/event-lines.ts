import type { OkLesson } from '../../lesson/frame.ts';
import type { Translate } from '../../i18n/translate.ts';
import { narrateEventStep } from '../player/narrate-event.ts';

/** One line of the controller's story: when (simulated) and what happened, kept apart. */
export interface EventLine {
  /** "12.18 s" / "12.18초": seconds since the controller started. */
  time: string;
  text: string;
}

/** Every event step of the lesson as a line, in the reader's language. */
export function eventLines(lesson: OkLesson, t: Translate): EventLine[] {
  return lesson.steps
    .flatMap((s) => s.parts)
    .flatMap((part) =>
      part.kind === 'event'
        ? [
            {
              time: t('playground.eventTime', { seconds: (part.event.atMs / 1000).toFixed(2) }),
              text: narrateEventStep(part, t),
            },
          ]
        : [],
    );
}
