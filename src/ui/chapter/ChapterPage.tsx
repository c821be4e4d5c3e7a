import { Suspense, useEffect, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chapterSpec } from '../../lesson/load-chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { AppState } from '../../state/app-state.ts';
import { useAppStore } from '../../state/app-store.ts';
import { progressStore } from '../../state/progress-store.ts';
import {
  selectActions,
  selectChapterId,
  selectCurrentPart,
  selectCurrentStep,
  selectExpanded,
  selectInspectedId,
  selectLesson,
  selectLocale,
  selectMode,
  selectPlaying,
  selectReading,
  selectSpeed,
  selectStepIndex,
  selectStepRun,
} from '../../state/selectors.ts';
import { Inspector } from '../diagram/Inspector.tsx';
import { EventPanel } from '../player/EventPanel.tsx';
import { ModeToggle } from '../player/ModeToggle.tsx';
import { PduPanel } from '../player/PduPanel.tsx';
import { StepControls } from '../player/StepControls.tsx';
import { StepNarration } from '../player/StepNarration.tsx';
import { usePlaybackClock } from '../player/usePlaybackClock.ts';
import { usePlayerKeyboard } from '../player/usePlayerKeyboard.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { ChapterProse, useProseFrontmatter } from '../prose/ChapterProse.tsx';
import { QuizSection } from '../quiz/QuizSection.tsx';
import { ReadingMode } from '../reading/ReadingMode.tsx';
import { ChapterDiagram } from './ChapterDiagram.tsx';
import { ChapterScrubber } from './ChapterScrubber.tsx';
import { StepProgress } from './StepProgress.tsx';
import { useChapterScene } from './useChapterScene.ts';
import { useInspectorData } from './useInspectorData.ts';
import { useStepNarration } from './useStepNarration.ts';
import './chapter.css';
import '../player/player.css';

const noEmphasis: ReadonlySet<string> = new Set();

/** True while the clock sits exactly at the start of the current step (Previous goes one back). */
const selectAtStepStart = (s: AppState) => {
  const step = selectCurrentStep(s);
  return step === null || s.simulatedMs <= step.startMs;
};

function ChapterSummary({ chapterId, locale }: Pick<AppState, 'chapterId' | 'locale'>) {
  const frontmatter = useProseFrontmatter(chapterId, locale);
  return frontmatter?.summary ? <p className="chapter-summary">{frontmatter.summary}</p> : null;
}

/**
 * A chapter: its prose step by step beside the diagram, the step controls, the narration, the
 * PDU and event panels, the target-type toggle, the inspector, reading mode, and the quiz at the
 * end. The page selects from the store; its parts get props.
 */
export function ChapterPage() {
  const t = useTranslate();
  const titleId = useId();
  const chapterId = useAppStore(selectChapterId);
  const locale = useAppStore(selectLocale);
  const mode = useAppStore(selectMode);
  const stepIndex = useAppStore(selectStepIndex);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const expanded = useAppStore(selectExpanded);
  const inspectedId = useAppStore(selectInspectedId);
  const reading = useAppStore(selectReading);
  const atStepStart = useAppStore(selectAtStepStart);
  const lesson = useAppStore(selectLesson);
  const run = useAppStore(selectStepRun);
  const step = useAppStore(selectCurrentStep);
  const part = useAppStore(selectCurrentPart);
  const actions = useAppStore(useShallow(selectActions));
  const reducedMotion = useReducedMotion();
  const spec = chapterSpec(chapterId);
  const stepScene = useChapterScene(run, expanded, part, step?.focus);
  const scene = stepScene?.scene ?? null;
  const stepCount = lesson.ok ? lesson.steps.length : 0;

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
  usePlayerKeyboard(keys, !reading);

  // A step counts as seen once the reader has been on it (kept on this device only).
  const stepId = step?.id ?? null;
  useEffect(() => {
    if (spec && stepId !== null) progressStore.markSeen(chapterId, stepId);
  }, [spec, chapterId, stepId]);

  const segment = part?.kind === 'packet' ? part.segment : null;
  const inspectorData = useInspectorData(run, inspectedId !== null);
  const narration = useStepNarration(run, part, stepIndex, stepCount);
  const title = t(`chapter.title.${chapterId}`);
  const modes = spec?.modes ?? ['instance', 'ip'];
  const atEnd = lesson.ok && stepIndex === stepCount - 1;

  return (
    <section className="chapter" aria-labelledby={titleId}>
      <div className="chapter-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          {spec ? (
            <Suspense fallback={null}>
              <ChapterSummary chapterId={chapterId} locale={locale} />
            </Suspense>
          ) : null}
          {run.ok ? (
            <p className="chapter-request">
              {t('chapter.request', { url: run.trace.request.url })}
            </p>
          ) : null}
        </div>
        <div className="chapter-options">
          {modes.length > 1 ? (
            <ModeToggle mode={mode} onChange={actions.setMode} />
          ) : (
            <p className="chapter-mode-fixed">
              {t('lesson.modeFixed', { mode: modes[0] ?? mode })}
            </p>
          )}
          {spec ? (
            <button
              type="button"
              className="reading-toggle"
              aria-pressed={reading}
              onClick={() => actions.setReading(!reading)}
            >
              {t('reading.toggle')}
            </button>
          ) : null}
        </div>
      </div>

      {!lesson.ok && !lesson.failed ? (
        <p className="notice">{t('lesson.unresolved', { details: lesson.missing.join('; ') })}</p>
      ) : !run.ok || !scene ? (
        <p className="notice">{t('chapter.unreadable')}</p>
      ) : reading && spec ? (
        <>
          <ReadingMode chapterId={chapterId} locale={locale} lesson={lesson} />
          <QuizSection spec={spec} lesson={lesson} locale={locale} mode={mode} reducedMotion />
        </>
      ) : (
        <>
          <StepProgress stepIndex={stepIndex} stepCount={stepCount} />
          <div className={spec ? 'chapter-body' : 'chapter-body no-prose'}>
            {spec && step ? (
              <div className="chapter-prose" aria-live="off">
                <ChapterProse
                  chapterId={chapterId}
                  locale={locale}
                  lesson={lesson}
                  slot={{ kind: 'step', id: step.id }}
                />
              </div>
            ) : null}
            <div className="chapter-stage">
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
                    steps={lesson.ok ? lesson.steps : []}
                    durationMs={lesson.ok ? lesson.durationMs : 0}
                    stepIndex={stepIndex}
                    onSeek={actions.seek}
                  />
                </StepControls>
              </div>
              <ChapterDiagram
                run={run}
                part={part}
                scene={scene}
                emphasis={stepScene?.emphasis ?? noEmphasis}
                reducedMotion={reducedMotion}
                ariaLabel={t('chapter.diagram', { chapter: title, mode })}
                onInspect={actions.inspect}
                onToggleExpand={actions.toggleExpanded}
              />
              <p className="player-keys">{t('player.keys')}</p>
            </div>
          </div>
          <div className="chapter-panels">
            {part?.kind === 'event' ? <EventPanel step={part} /> : null}
            {segment ? (
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
          {spec && atEnd ? (
            <QuizSection
              spec={spec}
              lesson={lesson}
              locale={locale}
              mode={mode}
              reducedMotion={reducedMotion}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
