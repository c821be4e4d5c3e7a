import { lazy, Suspense, useId, useState } from 'react';
import type { ChapterRun } from '../../lesson/chapter-run.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { PlanResult } from '../plan/PlanView.tsx';

const PlanView = lazy(() => import('../plan/PlanView.tsx').then((m) => ({ default: m.PlanView })));

/** The same simulation as the diagram, as the text plan, behind a labelled toggle. */
export function PlanTextDisclosure({ run }: { run: ChapterRun }) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const result: PlanResult = run.ok
    ? { ok: true, plan: run.plan, notes: run.notes }
    : { ok: false, errors: run.errors };
  return (
    <section className="plan-text">
      <h2 className="plan-text-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((was) => !was)}
        >
          <span className="disclosure-mark" aria-hidden="true" />
          {t('chapter.planText')}
        </button>
      </h2>
      <div id={regionId} hidden={!open}>
        {open ? (
          <Suspense fallback={null}>
            <PlanView result={result} file={run.file} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
