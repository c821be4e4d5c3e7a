import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { AppState } from '../../state/app-state.ts';
import { useAppStore } from '../../state/app-store.ts';
import {
  selectActions,
  selectChapterId,
  selectCurrentStep,
  selectExpanded,
  selectInspectedId,
  selectMode,
  selectPlaying,
  selectRun,
  selectSpeed,
  selectStepIndex,
} from '../../state/selectors.ts';
import { ModeToggle } from '../player/ModeToggle.tsx';
import { EventPanel } from '../player/EventPanel.tsx';
import { PduPanel } from '../player/PduPanel.tsx';
import { StepControls } from '../player/StepControls.tsx';
import { StepNarration } from '../player/StepNarration.tsx';
import { usePlaybackClock } from '../player/usePlaybackClock.ts';
import { usePlayerKeyboard } from '../player/usePlayerKeyboard.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { ChapterDiagram } from './ChapterDiagram.tsx';
import { ChapterScrubber } from './ChapterScrubber.tsx';
import { ChapterSelect } from './ChapterSelect.tsx';
import { Inspector } from '../diagram/Inspector.tsx';
import { useInspectorData } from './useInspectorData.ts';
import { useStepNarration } from './useStepNarration.ts';
import { useChapterScene } from './useChapterScene.ts';
import './chapter.css';
import '../player/player.css';

const noEmphasis: ReadonlySet<string> = new Set();

/** True while the clock sits exactly at the start of the current step (Previous goes one back). */
const selectAtStepStart = (s: AppState) => {
  const run = selectRun(s);
  return !run.ok || s.simulatedMs <= (run.steps[s.stepIndex]?.startMs ?? 0);
};

/**
 * A chapter: its diagram with the packet, the step controls, the narration, the PDU panel, the
 * target-type toggle and the inspector. The page selects from the store; its parts get props.
 */
export function ChapterPage() {
  const t = useTranslate();
  const titleId = useId();
  const chapterId = useAppStore(selectChapterId);
  const mode = useAppStore(selectMode);
  const stepIndex = useAppStore(selectStepIndex);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const expanded = useAppStore(selectExpanded);
  const inspectedId = useAppStore(selectInspectedId);
  const atStepStart = useAppStore(selectAtStepStart);
  const run = useAppStore(selectRun);
  const actions = useAppStore(useShallow(selectActions));
  const reducedMotion = useReducedMotion();
  const step = useAppStore(selectCurrentStep);
  const stepScene = useChapterScene(run, expanded, step);
  const scene = stepScene?.scene ?? null;

  usePlaybackClock();
  const keys = useMemo(
    () => ({
      previous: actions.previousStep,
      next: actions.nextStep,
      togglePlaying: actions.togglePlaying,
      first: actions.firstStep,
      last: actions.lastStep,
    }),
    [actions],
  );
  usePlayerKeyboard(keys);

  const segment = step?.kind === 'packet' ? step.segment : null;
  const inspectorData = useInspectorData(run, inspectedId !== null);
  const narration = useStepNarration(run, stepIndex);
  const title = t(`chapter.title.${chapterId}`);
  const stepCount = run.ok ? run.steps.length : 0;

  return (
    <section className="chapter" aria-labelledby={titleId}>
      <div className="chapter-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          {run.ok ? (
            <p className="chapter-request">
              {t('chapter.request', { url: run.trace.request.url })}
            </p>
          ) : null}
        </div>
        <div className="chapter-options">
          <ChapterSelect chapterId={chapterId} onChange={actions.setChapter} />
          <ModeToggle mode={mode} onChange={actions.setMode} />
        </div>
      </div>

      {!run.ok || !scene ? (
        <p className="notice">{t('chapter.unreadable')}</p>
      ) : (
        <>
          <div className="player">
            <StepNarration text={narration} />
            <StepControls
              stepIndex={stepIndex}
              stepCount={stepCount}
              playing={playing}
              speed={speed}
              canGoBack={stepIndex > 0 || !atStepStart}
              onPrevious={actions.previousStep}
              onNext={actions.nextStep}
              onTogglePlaying={actions.togglePlaying}
              onSpeed={actions.setSpeed}
            >
              <ChapterScrubber
                steps={run.steps}
                durationMs={run.durationMs}
                stepIndex={stepIndex}
                onSeek={actions.seek}
              />
            </StepControls>
          </div>
          <div className="chapter-stage">
            <ChapterDiagram
              run={run}
              step={step}
              scene={scene}
              emphasis={stepScene?.emphasis ?? noEmphasis}
              reducedMotion={reducedMotion}
              ariaLabel={t('chapter.diagram', { chapter: title, mode })}
              onInspect={actions.inspect}
              onToggleExpand={actions.toggleExpanded}
            />
            <p className="player-keys">{t('player.keys')}</p>
          </div>
        </>
      )}

      <div className="chapter-panels">
        {step?.kind === 'event' ? <EventPanel step={step} /> : null}
        {run.ok && segment ? (
          <PduPanel
            segment={segment}
            trace={run.trace}
            element={`${segment.hop.at} ${segment.hop.name}`}
          />
        ) : null}
        {inspectedId !== null && inspectorData ? (
          <Inspector
            id={inspectedId}
            data={inspectorData}
            scene={scene ?? undefined}
            onClose={actions.closeInspector}
          />
        ) : null}
      </div>
    </section>
  );
}
