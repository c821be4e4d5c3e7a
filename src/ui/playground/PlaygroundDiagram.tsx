import { memo, useMemo } from 'react';
import { frameAt, type OkLesson } from '../../lesson/frame.ts';
import { visibleResolver } from '../../lesson/visible-element.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import { EventPanel } from '../player/EventPanel.tsx';
import { PduPanel } from '../player/PduPanel.tsx';
import { StepNarration } from '../player/StepNarration.tsx';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { useStepNarration } from '../chapter/useStepNarration.ts';
import { usePlaygroundClock } from './usePlaygroundClock.ts';

interface PlaygroundDiagramProps {
  lesson: OkLesson;
  /** Elements to highlight instead of the step's (provenance: what the selected lines made). */
  marked: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

/**
 * The reader's world drawn by the chapters' own canvas and frame function, on the playground's
 * clock: every controller event and every hop of the traced request is a step.
 */
export const PlaygroundDiagram = memo(function PlaygroundDiagram({
  lesson,
  marked,
  expanded,
  onSelect,
  onToggleExpand,
}: PlaygroundDiagramProps) {
  const t = useTranslate();
  const reducedMotion = useReducedMotion();
  const clock = usePlaygroundClock(lesson);
  const frame = useMemo(
    () => frameAt(lesson, clock.ms, { expanded, reducedMotion }),
    [lesson, clock.ms, expanded, reducedMotion],
  );
  const emphasis = useMemo(() => {
    if (!frame || marked.size === 0) return frame?.emphasis ?? new Set<string>();
    const visible = visibleResolver(frame.scene, frame.run.sceneInput);
    return new Set([...marked].map(visible));
  }, [frame, marked]);
  const stepCount = lesson.steps.length;
  const narration = useStepNarration(
    frame?.run ?? null,
    frame?.part ?? null,
    clock.stepIndex,
    stepCount,
  );
  const firstHop = lesson.steps.findIndex((s) => s.parts[0]?.kind === 'packet');
  if (!frame) return null;
  const part = frame.part;
  return (
    <div className="pg-diagram">
      <div className="pg-player">
        <StepNarration text={narration} />
        <div className="pg-player-controls">
          <button
            type="button"
            onClick={() => clock.goTo(clock.stepIndex - 1)}
            disabled={clock.stepIndex === 0}
          >
            {t('player.previous')}
          </button>
          <button
            type="button"
            onClick={() => clock.goTo(clock.stepIndex + 1)}
            disabled={clock.stepIndex >= stepCount - 1}
          >
            {t('player.next')}
          </button>
          {firstHop >= 0 ? (
            <button
              type="button"
              onClick={() => (clock.playing ? clock.pause() : clock.play(firstHop))}
            >
              {clock.playing ? t('player.pause') : t('playground.playRequest')}
            </button>
          ) : null}
          <input
            type="range"
            min={0}
            max={Math.max(0, stepCount - 1)}
            value={clock.stepIndex}
            aria-label={t('playground.step', { step: clock.stepIndex + 1, total: stepCount })}
            onChange={(e) => clock.goTo(Number(e.target.value))}
          />
          <span className="muted">
            {t('playground.step', { step: clock.stepIndex + 1, total: stepCount })}
          </span>
        </div>
      </div>
      <DiagramCanvas
        scene={frame.scene}
        emphasis={emphasis}
        packet={frame.packet}
        onInspect={onSelect}
        onToggleExpand={onToggleExpand}
        reducedMotion={reducedMotion}
        ariaLabel={t('playground.diagram')}
      />
      <div className="pg-part">
        {part.kind === 'event' ? <EventPanel step={part} /> : null}
        {part.kind === 'packet' ? (
          <PduPanel
            segment={part.segment}
            trace={frame.run.trace}
            element={`${part.segment.hop.at} ${part.segment.hop.name}`}
          />
        ) : null}
      </div>
    </div>
  );
});
