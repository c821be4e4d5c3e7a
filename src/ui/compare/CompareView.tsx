import { useEffect, useId, useMemo, useState } from 'react';
import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { scenesOf } from '../../lesson/frame.ts';
import type { OkRun } from '../../lesson/lesson-time.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectChapterId } from '../../state/selectors.ts';
import { DiagramSkeleton } from '../chapter/DiagramSkeleton.tsx';
import { DiagramLegend } from '../diagram/DiagramCanvas.tsx';
import { usePlayerKeyboard } from '../player/usePlayerKeyboard.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { ComparePanels } from './ComparePanels.tsx';
import { compareSteps } from './compare-steps.ts';
import { ModeDiagram } from './ModeDiagram.tsx';
import { eventStepsOf, sideView } from './side-view.ts';
import './compare.css';

const modes = ['instance', 'ip'] as const satisfies readonly TargetMode[];
const noExpanded: ReadonlySet<string> = new Set();
const ignore = () => {};

/**
 * Both target types of the chapter's scenario, stepped together by one step index: first the
 * controller's steps (the same action on the same step in both), then the packet's hops. Two
 * diagrams side by side, a table of what differs (hops, NAT, the pod's view of the source, a
 * second node) and the plans' diff. Reads the chapter from the store; its step is its own.
 */
export function CompareView() {
  const t = useTranslate();
  const titleId = useId();
  const chapterId = useAppStore(selectChapterId);
  const custom = useAppStore((s) => s.customScenario);
  const fetchLesson = useAppStore((s) => s.fetchLesson);
  // The chapter's own scenario in both modes, from the worker (its main run, without what-ifs).
  const [loaded, setLoaded] = useState<{ key: string; runs: (ChapterRun | null)[] } | null>(null);
  const key = chapterId;
  useEffect(() => {
    let current = true;
    Promise.all(modes.map((mode) => fetchLesson({ chapterId, mode, custom }))).then(
      (lessons) => {
        if (current)
          setLoaded({
            key,
            runs: lessons.map((l) => (l.ok ? (l.runs.main ?? null) : l.failed)),
          });
      },
      () => {
        if (current) setLoaded({ key, runs: [null, null] });
      },
    );
    return () => {
      current = false;
    };
  }, [chapterId, custom, fetchLesson, key]);
  if (!loaded || loaded.key !== key)
    return (
      <section className="cmp" aria-labelledby={titleId} aria-busy="true">
        <h2 id={titleId}>{t('compare.title')}</h2>
        <DiagramSkeleton label={t('lesson.loading')} />
      </section>
    );
  const [instance, ip] = loaded.runs;
  if (!instance?.ok || !ip?.ok)
    return (
      <section className="cmp" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('compare.title')}</h2>
        <p className="notice">{t('compare.unreadable')}</p>
      </section>
    );
  return (
    <section className="cmp" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.title')}</h2>
      <p className="cmp-lead">{t('compare.lead', { url: instance.trace.request.url })}</p>
      <CompareStepper runs={[instance, ip]} />
      <ComparePanels
        traces={[instance.trace, ip.trace]}
        plans={[instance.sceneInput.plan, ip.sceneInput.plan]}
      />
    </section>
  );
}

/** The step controls and the two halves, one step index for both modes. */
function CompareStepper({ runs }: { runs: readonly [OkRun, OkRun] }) {
  const t = useTranslate();
  const reducedMotion = useReducedMotion();
  const [step, setStep] = useState(0);
  const plan = useMemo(() => {
    const events = [eventStepsOf(runs[0]), eventStepsOf(runs[1])] as const;
    const scenes = runs.map((run) => scenesOf(run, noExpanded));
    const hops = [runs[0].timeline.segments.length, runs[1].timeline.segments.length] as const;
    return { events, scenes, steps: compareSteps(events, hops) };
  }, [runs]);
  const total = plan.steps.length;
  const at = Math.min(step, total - 1);
  const where = plan.steps[at];
  const views = useMemo(
    () =>
      where &&
      modes.map((mode, k) =>
        sideView(runs[k]!, mode, plan.events[k]!, plan.scenes[k]!, where[k]!, t),
      ),
    [runs, plan, where, t],
  );
  const go = (index: number) => setStep(Math.min(Math.max(index, 0), total - 1));
  usePlayerKeyboard({
    previous: () => go(at - 1),
    next: () => go(at + 1),
    togglePlaying: ignore,
    first: () => go(0),
    last: () => go(total - 1),
  });
  if (!where || !views) return null;
  const phase = t(`compare.phase.${where[0].phase}`);

  return (
    <>
      <div className="cmp-controls">
        <button type="button" className="cmp-button" onClick={() => go(at - 1)} disabled={at === 0}>
          {t('compare.previous')}
        </button>
        <button
          type="button"
          className="cmp-button"
          onClick={() => go(at + 1)}
          disabled={at === total - 1}
        >
          {t('compare.next')}
        </button>
        <p className="cmp-step" role="status" aria-live="polite">
          {t('compare.step', { step: String(at + 1), total: String(total), phase })}
        </p>
      </div>
      <div className="cmp-sides">
        {modes.map((mode, k) => (
          <ModeDiagram key={mode} mode={mode} view={views[k]!} reducedMotion={reducedMotion} />
        ))}
      </div>
      <DiagramLegend />
    </>
  );
}
