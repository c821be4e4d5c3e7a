import { useMemo } from 'react';
import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { InspectorData } from '../diagram/Inspector.tsx';

/**
 * What the inspector may show about the run: world, plan, the traced request and the timeline's
 * events (the run's own simulation).
 */
export function useInspectorData(run: ChapterRun | null, open: boolean): InspectorData | null {
  return useMemo(
    () =>
      run?.ok && open
        ? {
            world: run.world,
            plan: run.plan,
            trace: run.trace,
            events: run.events,
          }
        : null,
    [run, open],
  );
}
