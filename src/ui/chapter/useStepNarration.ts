import type { ChapterRun } from '../../chapters/chapter-run.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { narrateSegment } from '../player/narrate-hop.ts';

/** "Step 6 of 16 (request): The ALB forwards …" in the reader's language; empty without a step. */
export function useStepNarration(run: ChapterRun, stepIndex: number): string {
  const t = useTranslate();
  const segment = run.ok ? run.timeline.segments[stepIndex] : undefined;
  if (!run.ok || !segment) return '';
  const told = narrateSegment(segment, run.trace);
  return t('player.narrationText', {
    step: stepIndex + 1,
    total: run.timeline.segments.length,
    direction: t(`player.direction.${segment.direction}`),
    text: t(told.key, told.params),
  });
}
