import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { compareMoments } from '../../lesson/compare-frames.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import type { OkLesson } from '../../lesson/frame.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramLegend } from '../diagram/DiagramCanvas.tsx';
import { usePlayerKeyboard } from '../player/usePlayerKeyboard.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { useMediaQuery } from '../shell/useMediaQuery.ts';
import { ModeDiagram } from './ModeDiagram.tsx';

const modes = ['instance', 'ip'] as const satisfies readonly TargetMode[];
/** Below this width the two modes take turns under tabs instead of standing side by side. */
const NARROW = '(max-width: 899.98px)';
const ignore = () => {};

/**
 * The moments of the request, stepped with Previous and Next (or ← →, Home, End, or a moment's
 * name), and the two modes at the current one: side by side, or under tabs on a narrow screen.
 */
export function CompareStepper({ lessons }: { lessons: readonly [OkLesson, OkLesson] }) {
  const t = useTranslate();
  const reducedMotion = useReducedMotion();
  const narrow = useMediaQuery(NARROW);
  const ids = useId();
  const [step, setStep] = useState(0);
  const [tab, setTab] = useState<0 | 1>(0);
  const moments = useMemo(
    () => compareMoments([lessons[0].runs.main!, lessons[1].runs.main!]),
    [lessons],
  );
  const total = moments.length;
  const at = Math.min(step, total - 1);
  const moment = moments[at];
  const rail = useRef<HTMLOListElement>(null);
  // A rail that scrolls sideways (a phone) keeps the current moment in the middle.
  useEffect(() => {
    const list = rail.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [at]);
  const go = (index: number) => setStep(Math.min(Math.max(index, 0), total - 1));
  usePlayerKeyboard({
    previous: () => go(at - 1),
    next: () => go(at + 1),
    togglePlaying: ignore,
    first: () => go(0),
    last: () => go(total - 1),
  });
  if (!moment) return null;
  const name = (index: number) => t(`compare.moment.${moments[index]!.moment}`);
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 0 ? 1 : 0;
    setTab(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };
  const side = (k: 0 | 1, heading: boolean) => (
    <ModeDiagram
      key={modes[k]}
      mode={modes[k]}
      side={k}
      moment={moment}
      lesson={lessons[k]}
      reducedMotion={reducedMotion}
      heading={heading}
    />
  );

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
          {t('compare.moment', { step: String(at + 1), total: String(total), name: name(at) })}
        </p>
      </div>
      <nav className="cmp-moments" aria-label={t('compare.moments')}>
        <ol ref={rail}>
          {moments.map((m, index) => (
            <li key={m.moment}>
              <button
                type="button"
                className="cmp-moment"
                data-moment={m.moment}
                aria-current={index === at ? 'step' : undefined}
                onClick={() => go(index)}
              >
                {name(index)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {narrow ? (
        <div className="cmp-tabs">
          <div role="tablist" aria-label={t('compare.modes')} onKeyDown={onTabKey}>
            {modes.map((mode, k) => (
              <button
                key={mode}
                type="button"
                role="tab"
                id={`${ids}-tab-${k}`}
                aria-selected={tab === k}
                aria-controls={`${ids}-panel`}
                tabIndex={tab === k ? 0 : -1}
                className="cmp-tab"
                onClick={() => setTab(k as 0 | 1)}
              >
                {t('compare.modeName', { mode })}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${tab}`}>
            {side(tab, false)}
          </div>
        </div>
      ) : (
        <div className="cmp-sides">
          {side(0, true)}
          {side(1, true)}
        </div>
      )}
      <DiagramLegend />
    </>
  );
}
