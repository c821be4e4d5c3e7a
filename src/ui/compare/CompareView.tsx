import { useEffect, useId, useState } from 'react';
import type { TargetMode } from '../../lesson/chapters.ts';
import type { OkLesson } from '../../lesson/frame.ts';
import type { OkRun } from '../../lesson/lesson-time.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectChapterId } from '../../state/selectors.ts';
import { DiagramSkeleton } from '../chapter/DiagramSkeleton.tsx';
import { ComparePanels } from './ComparePanels.tsx';
import { CompareStepper } from './CompareStepper.tsx';
import { ControllerSummary } from './ControllerSummary.tsx';
import './compare.css';

const modes = ['instance', 'ip'] as const satisfies readonly TargetMode[];

/**
 * Both target types of the chapter's scenario, lined up by what happens to the packet (at the
 * target group, at the NAT, at the pod…), each side at its own hop's settled frame. The
 * controller's part is folded into a table of what it set up differently; below it, what
 * differs on the way (hops, NAT, the pod's view of the source) and the plans' diff. Reads the
 * chapter from the store; its moment is its own.
 */
export function CompareView() {
  const t = useTranslate();
  const titleId = useId();
  const chapterId = useAppStore(selectChapterId);
  const custom = useAppStore((s) => s.customScenario);
  const fetchLesson = useAppStore((s) => s.fetchLesson);
  // The chapter's lessons in both modes, from the worker (their main runs, without what-ifs).
  const [loaded, setLoaded] = useState<{
    key: string;
    lessons: (OkLesson | null)[];
  } | null>(null);
  const key = chapterId;
  useEffect(() => {
    let current = true;
    Promise.all(modes.map((mode) => fetchLesson({ chapterId, mode, custom }))).then(
      (lessons) => {
        if (current)
          setLoaded({ key, lessons: lessons.map((l) => (l.ok && l.runs.main ? l : null)) });
      },
      () => {
        if (current) setLoaded({ key, lessons: [null, null] });
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
  const [instance, ip] = loaded.lessons;
  const runs = instance && ip ? ([instance.runs.main!, ip.runs.main!] as const) : null;
  if (!instance || !ip || !runs)
    return (
      <section className="cmp" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('compare.title')}</h2>
        <p className="notice">{t('compare.unreadable')}</p>
      </section>
    );
  return (
    <section className="cmp" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.title')}</h2>
      <p className="cmp-lead">{t('compare.intro', { url: runs[0].trace.request.url })}</p>
      <SamePathNotice runs={runs} />
      <CompareStepper lessons={[instance, ip]} />
      <div className="cmp-panels">
        <ControllerSummary runs={runs} />
        <ComparePanels
          traces={[runs[0].trace, runs[1].trace]}
          plans={[runs[0].sceneInput.plan, runs[1].sceneInput.plan]}
        />
      </div>
    </section>
  );
}

/** Said when the two modes' requests register the same kind of target (or reach none). */
function SamePathNotice({ runs }: { runs: readonly [OkRun, OkRun] }) {
  const t = useTranslate();
  const [a, b] = [runs[0].trace.summary.targetType, runs[1].trace.summary.targetType];
  if (a !== b) return null;
  return (
    <p className="notice cmp-same">
      {a === null ? t('compare.samePath.none') : t('compare.samePath.fixed', { type: a })}
    </p>
  );
}
