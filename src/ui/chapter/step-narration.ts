import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { LessonPart } from '../../lesson/lesson-time.ts';
import type { Translate } from '../../i18n/translate.ts';
import { narrateEventStep } from '../player/narrate-event.ts';
import { narrateSegment } from '../player/narrate-hop.ts';

/**
 * "Step 6 of 12 (request): The ALB forwards …" or "Step 3 of 12 (controller): The SDK calls STS …"
 * in the reader's language: what the diagram shows right now; empty without a part. The player
 * shows it under the diagram; the exported pictures print it under their title.
 */
export function stepNarration(
  t: Translate,
  run: ChapterRun | null,
  part: LessonPart | null,
  stepIndex: number,
  stepCount: number,
): string {
  if (!run?.ok || !part) return '';
  const base = { step: stepIndex + 1, total: stepCount };
  if (part.kind === 'still') {
    // A chapter without the controller (the cloud provider's CLB) tells its stills as the setup.
    const controller = run.sceneInput.pods.some((p) => p.controller);
    const seconds = ((run.events[part.sceneIndex]?.atMs ?? 0) / 1000).toFixed(1);
    return t('player.narrationText', {
      ...base,
      direction: t(controller ? 'player.direction.controller' : 'player.direction.setup'),
      text: controller
        ? t(part.sceneIndex < 0 ? 'lesson.still.start' : 'lesson.still.after', { seconds })
        : t(part.sceneIndex < 0 ? 'lesson.still.setup' : 'lesson.still.setupAfter', { seconds }),
    });
  }
  if (part.kind === 'event')
    return t('player.narrationText', {
      ...base,
      direction: t('player.direction.controller'),
      text: narrateEventStep(part, t),
    });
  const told = narrateSegment(part.segment, run.trace);
  return t('player.narrationText', {
    ...base,
    direction: t(`player.direction.${part.segment.direction}`),
    text: t(told.key, told.params),
  });
}
