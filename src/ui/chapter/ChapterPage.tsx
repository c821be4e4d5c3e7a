import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chapterOutline } from '../../lesson/outlines.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { AppState } from '../../state/app-state.ts';
import { useAppStore } from '../../state/app-store.ts';
import { progressStore } from '../../state/progress-store.ts';
import {
  selectActions,
  selectChapterId,
  selectCurrentPart,
  selectCurrentStep,
  selectInspectedId,
  selectLesson,
  selectLessonError,
  selectLessonStale,
  selectLocale,
  selectMode,
  selectPlaying,
  selectPlayThrough,
  selectReading,
  selectSpeed,
  selectStepIndex,
  selectStepRun,
} from '../../state/selectors.ts';
import { EventPanel } from '../player/EventPanel.tsx';
import { ModeToggle } from '../player/ModeToggle.tsx';
import { PduPanel } from '../player/PduPanel.tsx';
import { StepControls } from '../player/StepControls.tsx';
import { StepNarration } from '../player/StepNarration.tsx';
import { usePlaybackClock } from '../player/usePlaybackClock.ts';
import { usePlayerKeyboard } from '../player/usePlayerKeyboard.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { ChapterProse, useProseFrontmatter } from '../prose/ChapterProse.tsx';
import type { ProseModule } from '../prose/load-prose.ts';
import { prefetchProse } from '../prose/prefetch-prose.ts';
import { useIsDark } from '../mermaid/useIsDark.ts';
import { useFocusableWhenScrolling } from '../shell/useFocusableWhenScrolling.ts';
import { ChapterDiagram } from './ChapterDiagram.tsx';
import { ChapterInspector } from './ChapterInspector.tsx';
import { ChapterScrubber } from './ChapterScrubber.tsx';
import { DiagramSkeleton } from './DiagramSkeleton.tsx';
import { hopElementName } from '../player/hop-element.ts';
import { StepProgress } from './StepProgress.tsx';
import { useInspectorData } from './useInspectorData.ts';
import { useStepNarration } from './useStepNarration.ts';
import './chapter.css';

// Loaded on use: the inspector (it prints YAML) and the quiz (it runs the simulator to grade).
const ReadingMode = lazy(() =>
  import('../reading/ReadingMode.tsx').then((m) => ({ default: m.ReadingMode })),
);
const QuizSection = lazy(() =>
  import('../quiz/QuizSection.tsx').then((m) => ({ default: m.QuizSection })),
);
import '../player/player.css';

/** True when the clock stands at the current step's end (its settled frame). */
const selectAtStepEnd = (s: AppState) => {
  const step = selectCurrentStep(s);
  return step !== null && s.simulatedMs >= step.endMs;
};

type Frontmatter = NonNullable<ProseModule['frontmatter']>;

/** The chapter's title and summary in the reader's mode (frontmatter `ipTitle`, `ipSummary`…). */
export function titleInMode(frontmatter: Frontmatter | null, mode: AppState['mode']) {
  if (!frontmatter) return { title: null, summary: null };
  const title = mode === 'ip' ? frontmatter.ipTitle : frontmatter.instanceTitle;
  const summary = mode === 'ip' ? frontmatter.ipSummary : frontmatter.instanceSummary;
  return {
    title: title ?? frontmatter.title ?? null,
    summary: summary ?? frontmatter.summary ?? null,
  };
}

function ChapterHeading({
  chapterId,
  locale,
  mode,
  id,
  fallback,
}: Pick<AppState, 'chapterId' | 'locale' | 'mode'> & { id: string; fallback: string }) {
  const frontmatter = useProseFrontmatter(chapterId, locale);
  const { title, summary } = titleInMode(frontmatter, mode);
  return (
    <>
      <h2 id={id}>{title ?? fallback}</h2>
      {summary ? <p className="chapter-summary">{summary}</p> : null}
    </>
  );
}

/**
 * A chapter: its prose step by step beside the diagram, the step controls, the narration, the
 * PDU and event panels, the target-type toggle (where the chapter has two modes), the inspector,
 * reading mode, and the quiz at the end. The page selects from the store; its parts get props.
 * Until the lesson arrives from the worker, a skeleton holds the diagram's place.
 */
export function ChapterPage() {
  const t = useTranslate();
  const titleId = useId();
  const proseBox = useFocusableWhenScrolling<HTMLDivElement>();
  const chapterId = useAppStore(selectChapterId);
  const locale = useAppStore(selectLocale);
  const mode = useAppStore(selectMode);
  const stepIndex = useAppStore(selectStepIndex);
  const playing = useAppStore(selectPlaying);
  const playThrough = useAppStore(selectPlayThrough);
  const speed = useAppStore(selectSpeed);
  const inspectedId = useAppStore(selectInspectedId);
  const reading = useAppStore(selectReading);
  // Switching to or from reading mode takes the old view down at once (behind a skeleton) and
  // builds the new one in a background render: one long task would do both.
  const readingShown = useDeferredValue(reading);
  const atStepEnd = useAppStore(selectAtStepEnd);
  const lesson = useAppStore(selectLesson);
  // A lesson that has just arrived is first drawn in a background render that yields to the
  // browser every few milliseconds, so opening a chapter (prose, controls and a diagram of up to
  // a hundred cards at once) is not one long task; the skeleton stays meanwhile.
  const arrived = useDeferredValue(lesson);
  const lessonError = useAppStore(selectLessonError);
  const lessonStale = useAppStore(selectLessonStale);
  const run = useAppStore(selectStepRun);
  const step = useAppStore(selectCurrentStep);
  const part = useAppStore(selectCurrentPart);
  const actions = useAppStore(useShallow(selectActions));
  const reducedMotion = useReducedMotion();
  const spec = chapterOutline(chapterId);
  const written = spec.steps.length > 0;
  const stepCount = lesson?.ok ? lesson.steps.length : 0;

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

  // Once the first diagram is up, the other chapters' text (and their figures, in this theme) is
  // fetched in idle time, so that a chapter never opened still opens offline.
  const dark = useIsDark();
  const lessonShown = lesson?.ok === true;
  // <html data-prose-cached="en"> says when they all are (the offline test waits for it).
  useEffect(() => {
    if (!lessonShown) return;
    return prefetchProse(
      locale,
      () => {
        document.documentElement.dataset.proseCached = locale;
      },
      undefined,
      dark,
    );
  }, [lessonShown, locale, dark]);

  // A step counts as seen once the reader has been on it (kept on this device only).
  const stepId = step?.id ?? null;
  useEffect(() => {
    if (written && stepId !== null) progressStore.markSeen(chapterId, stepId);
  }, [written, chapterId, stepId]);

  const segment = part?.kind === 'packet' ? part.segment : null;
  const inspectorData = useInspectorData(run, inspectedId !== null);
  const narration = useStepNarration(run, part, stepIndex, stepCount, step?.parts);
  const fallbackTitle = t(`chapter.title.${chapterId}`);
  const atEnd = lesson?.ok === true && stepIndex === stepCount - 1 && atStepEnd;

  const heading = (
    <div className="chapter-head">
      <div>
        {written ? (
          <Suspense fallback={<h2 id={titleId}>{fallbackTitle}</h2>}>
            <ChapterHeading
              chapterId={chapterId}
              locale={locale}
              mode={mode}
              id={titleId}
              fallback={fallbackTitle}
            />
          </Suspense>
        ) : (
          <h2 id={titleId}>{fallbackTitle}</h2>
        )}
        {run?.ok ? (
          <p className="chapter-request">{t('chapter.request', { url: run.trace.request.url })}</p>
        ) : null}
      </div>
      <div className="chapter-options">
        {spec.modes.length > 1 ? (
          <ModeToggle mode={mode} onChange={actions.setMode} />
        ) : (
          <p className="chapter-mode-fixed">{t('lesson.modeFixed', { mode })}</p>
        )}
        {written ? (
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
  );

  if (lessonError)
    return (
      <section className={written ? 'chapter has-prose' : 'chapter'} aria-labelledby={titleId}>
        {heading}
        <p className="notice" role="alert">
          {t('app.chapterFailed', { message: lessonError })}
        </p>
      </section>
    );
  if (!lesson || !arrived)
    return (
      <section
        className={written ? 'chapter has-prose' : 'chapter'}
        aria-labelledby={titleId}
        aria-busy="true"
      >
        {heading}
        <DiagramSkeleton label={t('lesson.loading')} />
      </section>
    );

  return (
    <section
      className={written ? 'chapter has-prose' : 'chapter'}
      aria-labelledby={titleId}
      aria-busy={lessonStale || undefined}
    >
      {heading}
      {!lesson.ok && !lesson.failed ? (
        <p className="notice">{t('lesson.unresolved', { details: lesson.missing.join('; ') })}</p>
      ) : !lesson.ok || !run?.ok ? (
        <p className="notice">{t('chapter.unreadable')}</p>
      ) : reading !== readingShown ? (
        <DiagramSkeleton label={t('lesson.loading')} />
      ) : reading && written ? (
        <>
          <Suspense fallback={<DiagramSkeleton label={t('lesson.loading')} />}>
            <ReadingMode chapterId={chapterId} locale={locale} lesson={lesson} />
          </Suspense>
          <Suspense fallback={null}>
            <QuizSection
              chapterId={chapterId}
              lesson={lesson}
              locale={locale}
              mode={mode}
              reducedMotion
            />
          </Suspense>
        </>
      ) : (
        <>
          <StepProgress stepIndex={stepIndex} stepCount={stepCount} />
          <div className={written ? 'chapter-body' : 'chapter-body no-prose'}>
            {written && step ? (
              <div className="chapter-prose" aria-live="off" ref={proseBox}>
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
                <StepNarration text={narration} stepKey={`${chapterId}/${mode}/${stepIndex}`} />
                <StepControls
                  stepIndex={stepIndex}
                  stepCount={stepCount}
                  playing={playing}
                  playThrough={playThrough}
                  speed={speed}
                  canGoBack={stepIndex > 0}
                  onPrevious={actions.previousStep}
                  onNext={actions.nextStep}
                  onTogglePlaying={actions.togglePlaying}
                  onPlayThrough={actions.setPlayThrough}
                  onSpeed={actions.setSpeed}
                >
                  <ChapterScrubber
                    steps={lesson.steps}
                    durationMs={lesson.durationMs}
                    stepIndex={stepIndex}
                    onSeek={actions.seek}
                  />
                </StepControls>
              </div>
              {/* While the packet moves, its before/after stands beside it, not below the fold. */}
              <div className={segment ? 'chapter-scene has-packet' : 'chapter-scene'}>
                <ChapterDiagram
                  loadingLabel={t('lesson.loading')}
                  lesson={lesson}
                  reducedMotion={reducedMotion}
                  ariaLabel={t('chapter.diagram', { chapter: fallbackTitle, mode })}
                  onInspect={actions.inspect}
                  onToggleExpand={actions.toggleExpanded}
                />
                {segment ? (
                  <PduPanel
                    segment={segment}
                    trace={run.trace}
                    element={hopElementName(t, segment.hop)}
                  />
                ) : null}
              </div>
              <p className="player-keys">{t('player.keys')}</p>
            </div>
          </div>
          <div className="chapter-panels">
            {part?.kind === 'event' ? <EventPanel step={part} /> : null}
            {inspectedId !== null && inspectorData ? (
              <ChapterInspector
                lesson={lesson}
                id={inspectedId}
                data={inspectorData}
                reducedMotion={reducedMotion}
                onClose={actions.closeInspector}
              />
            ) : null}
          </div>
          {written && atEnd ? (
            <Suspense fallback={null}>
              <QuizSection
                chapterId={chapterId}
                lesson={lesson}
                locale={locale}
                mode={mode}
                reducedMotion={reducedMotion}
              />
            </Suspense>
          ) : null}
        </>
      )}
    </section>
  );
}
