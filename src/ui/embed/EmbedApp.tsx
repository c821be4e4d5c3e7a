import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import '../../app.css';
import '../player/player.css';
import './embed.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { modesOf } from '../../lesson/outlines.ts';
import { targetModes } from '../../lesson/chapters.ts';
import { locales } from '../../i18n/locales.ts';
import { useTranslator } from '../../i18n/useTranslator.ts';
import { LocaleContext } from '../../i18n/useLocale.ts';
import { TranslateContext, useTranslate } from '../../i18n/useTranslate.ts';
import type { AppState } from '../../state/app-state.ts';
import { useAppStore } from '../../state/app-store.ts';
import { startEmbedBridge, type EmbedBridge } from '../../state/embed-bridge.ts';
import { fullAppSearch, type EmbedOptions } from '../../state/embed-options.ts';
import {
  selectActions,
  selectChapterId,
  selectCurrentPart,
  selectLesson,
  selectLessonError,
  selectLocale,
  selectMode,
  selectPlaying,
  selectStepIndex,
  selectStepRun,
  selectTheme,
} from '../../state/selectors.ts';
import { serializeUrlState, urlStateOf } from '../../state/url-sync.ts';
import { DiagramSkeleton } from '../chapter/DiagramSkeleton.tsx';
import { useStepNarration } from '../chapter/useStepNarration.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from '../player/player-icons.tsx';
import { usePlaybackClock } from '../player/usePlaybackClock.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { useApplyTheme } from '../shell/ThemeSwitch.tsx';
import { EmbedDiagram } from './EmbedDiagram.tsx';
import { useEmbedKeys } from './useEmbedKeys.ts';
import { useEmbedScenario } from './useEmbedScenario.ts';

/** The diagram's share of the width the embed asks its host for (16:9), and its least height. */
const DIAGRAM_RATIO = 9 / 16;
const MIN_DIAGRAM = 240;

/** The address of the same state in the full app (same language, chapter, step, mode, theme). */
function useFullAppHref(): string {
  const place = useAppStore(useShallow(urlStateOf));
  return useMemo(() => {
    const search = place
      ? serializeUrlState(place, window.location.search)
      : window.location.search;
    return `${window.location.pathname}${fullAppSearch(search)}`;
  }, [place]);
}

/** True while focus is inside this document (this embed's iframe). */
function useDocumentFocus(): boolean {
  const [focused, setFocused] = useState(() => document.hasFocus());
  useEffect(() => {
    const on = () => setFocused(true);
    const off = () => setFocused(false);
    window.addEventListener('focus', on);
    window.addEventListener('blur', off);
    return () => {
      window.removeEventListener('focus', on);
      window.removeEventListener('blur', off);
    };
  }, []);
  return focused;
}

/**
 * Reports the height the embed would like: its narration and controls as laid out, plus the
 * diagram at 16:9 of the width. It does not depend on the frame's current height, so a host
 * that applies it settles at once, and one that does not still gets a layout that fits.
 */
function useReportHeight(
  root: React.RefObject<HTMLElement | null>,
  stage: React.RefObject<HTMLElement | null>,
  bridge: React.RefObject<EmbedBridge | null>,
) {
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const report = () => {
      const total = element.getBoundingClientRect().height;
      const diagram = stage.current?.getBoundingClientRect().height ?? 0;
      const width = element.getBoundingClientRect().width;
      const wanted = Math.max(MIN_DIAGRAM, Math.round(width * DIAGRAM_RATIO));
      bridge.current?.postHeight(total - diagram + wanted);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    report();
    return () => observer.disconnect();
  }, [root, stage, bridge]);
}

const selectPlace = (s: AppState) => ({
  stepCount: s.lesson?.ok ? s.lesson.steps.length : 0,
  ready: s.lesson?.ok === true && s.pendingStep === null,
});

function EmbedPlayer({ options }: { options: EmbedOptions }) {
  const t = useTranslate();
  const chapterId = useAppStore(selectChapterId);
  const locale = useAppStore(selectLocale);
  const mode = useAppStore(selectMode);
  const lesson = useAppStore(selectLesson);
  const lessonError = useAppStore(selectLessonError);
  const stepIndex = useAppStore(selectStepIndex);
  const playing = useAppStore(selectPlaying);
  const run = useAppStore(selectStepRun);
  const part = useAppStore(selectCurrentPart);
  const { stepCount, ready } = useAppStore(useShallow(selectPlace));
  const actions = useAppStore(useShallow(selectActions));
  const reducedMotion = useReducedMotion();
  const focused = useDocumentFocus();
  const fullHref = useFullAppHref();
  const narration = useStepNarration(
    run,
    part,
    stepIndex,
    stepCount,
    lesson?.ok ? lesson.steps[stepIndex]?.parts : undefined,
  );
  const modes = modesOf(chapterId);
  const title = t(`chapter.title.${chapterId}`);

  const root = useRef<HTMLElement>(null);
  const stage = useRef<HTMLElement>(null);
  const bridge = useRef<EmbedBridge | null>(null);
  usePlaybackClock();
  useEmbedScenario();

  useEffect(() => {
    const started = startEmbedBridge(useAppStore, window, options);
    bridge.current = started;
    return () => {
      started.stop();
      bridge.current = null;
    };
  }, [options]);
  useReportHeight(root, stage, bridge);

  // speed= applies at once; autoplay=1 plays through from the linked step once it has landed.
  useEffect(() => {
    if (options.speed !== null) useAppStore.getState().setSpeed(options.speed);
  }, [options.speed]);
  const autoplayed = useRef(false);
  useEffect(() => {
    if (!options.autoplay || !ready || autoplayed.current) return;
    autoplayed.current = true;
    const s = useAppStore.getState();
    s.setPlayThrough(true);
    s.play();
  }, [options.autoplay, ready]);

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
  useEmbedKeys(keys);

  const okLesson = lesson?.ok ? lesson : null;
  return (
    <main
      ref={root}
      className="embed"
      data-focused={focused ? 'true' : 'false'}
      data-controls={options.controls ? 'true' : 'false'}
    >
      {/* The controls come first in the document, so Tab reaches them before the diagram's many
          buttons; the stylesheet draws them last, under the diagram and the narration. */}
      <div className="embed-bar">
        {options.controls ? (
          <div className="embed-controls" role="group" aria-label={t('embed.controls')}>
            <button
              type="button"
              className="player-button embed-icon-button"
              onClick={actions.previousStep}
              disabled={!okLesson || stepIndex === 0}
              aria-label={t('player.previous')}
              title={t('player.previous')}
            >
              <PreviousIcon />
            </button>
            <button
              type="button"
              className="player-button player-button-primary embed-play"
              onClick={actions.togglePlaying}
              disabled={!okLesson}
            >
              {playing ? <PauseIcon /> : <PlayIcon />}
              <span>{playing ? t('player.pause') : t('player.play')}</span>
            </button>
            <button
              type="button"
              className="player-button embed-icon-button"
              onClick={actions.nextStep}
              disabled={!okLesson || stepIndex >= stepCount - 1}
              aria-label={t('player.next')}
              title={t('player.next')}
            >
              <NextIcon />
            </button>
            <span className="embed-progress">
              {stepCount > 0
                ? t('player.progress', { step: stepIndex + 1, total: stepCount })
                : '–'}
            </span>
            {modes.length > 1 ? (
              <span className="embed-choice" role="group" aria-label={t('embed.mode')}>
                {targetModes.map((option) => (
                  <button
                    key={option}
                    type="button"
                    aria-pressed={mode === option}
                    onClick={() => actions.setMode(option)}
                  >
                    {option}
                  </button>
                ))}
              </span>
            ) : null}
            <span className="embed-choice" role="group" aria-label={t('embed.language')}>
              {locales.map((option) => (
                <button
                  key={option}
                  type="button"
                  lang={option}
                  aria-pressed={locale === option}
                  onClick={() => actions.setLocale(option)}
                >
                  {option === 'ko' ? '한국어' : 'EN'}
                </button>
              ))}
            </span>
          </div>
        ) : null}
        <a className="embed-open" href={fullHref} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </div>
      <section
        className="embed-stage"
        ref={stage}
        aria-label={t('embed.region', {
          chapter: title,
          step: stepIndex + 1,
          total: stepCount || 1,
        })}
        aria-busy={okLesson ? undefined : true}
      >
        {lessonError ? (
          <p className="notice" role="alert">
            {t('app.chapterFailed', { message: lessonError })}
          </p>
        ) : okLesson ? (
          <EmbedDiagram
            loadingLabel={t('embed.loading')}
            lesson={okLesson}
            reducedMotion={reducedMotion}
            ariaLabel={t('chapter.diagram', { chapter: title, mode })}
            onToggleExpand={actions.toggleExpanded}
          />
        ) : lesson ? (
          <p className="notice">{t('chapter.unreadable')}</p>
        ) : (
          <DiagramSkeleton label={t('embed.loading')} />
        )}
      </section>
      <p className="embed-narration" aria-live="polite">
        {narration}
      </p>
    </main>
  );
}

/**
 * The compact player (`?embed=1`): the diagram fitted to the step, the step's narration and a
 * row of controls, nothing else. It talks to its host page through the postMessage bridge.
 */
export function EmbedApp({ options }: { options: EmbedOptions }) {
  const locale = useAppStore(selectLocale);
  const theme = useAppStore(selectTheme);
  const t = useTranslator(locale);
  useApplyTheme(theme);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.classList.add('is-embed');
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <LocaleContext value={locale}>
      <TranslateContext value={t}>
        <EmbedPlayer options={options} />
      </TranslateContext>
    </LocaleContext>
  );
}
