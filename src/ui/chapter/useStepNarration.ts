import type { ChapterRun } from '../../chapters/chapter-run.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { narrateEventStep } from '../player/narrate-event.ts';
import { narrateSegment } from '../player/narrate-hop.ts';

/**
 * "Step 6 of 40 (request): The ALB forwards …" or "Step 3 of 40 (controller): The SDK calls STS …"
 * in the reader's language; empty without a step.
 */
export function useStepNarration(run: ChapterRun, stepIndex: number): string {
  const t = useTranslate();
  const step = run.ok ? run.steps[stepIndex] : undefined;
  if (!run.ok || !step) return '';
  const base = { step: stepIndex + 1, total: run.steps.length };
  if (step.kind === 'event')
    return t('player.narrationText', {
      ...base,
      direction: t('player.direction.controller'),
      text: narrateEventStep(step, t),
    });
  const told = narrateSegment(step.segment, run.trace);
  return t('player.narrationText', {
    ...base,
    direction: t(`player.direction.${step.segment.direction}`),
    text: t(told.key, told.params),
  });
}
