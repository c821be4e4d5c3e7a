import { describe, expect, it } from 'vitest';
import { runScenario } from './chapter-run.ts';
import { lessonFromRun } from './fallback-lesson.ts';
import { lessonStepCount } from './lesson.ts';
import { manyPodsScenario } from './many-pods-scenario.ts';

describe('manyPodsScenario', () => {
  it('reconciles 10 nodes × 10 pods and traces a request to one of them in both modes', () => {
    const source = manyPodsScenario(10, 10);
    for (const mode of ['instance', 'ip'] as const) {
      const run = runScenario(source, mode);
      if (!run.ok) throw new Error(run.errors.map((e) => e.message).join('; '));
      expect(run.world.pods).toHaveLength(100);
      expect(run.world.nodes).toHaveLength(10);
      expect(run.trace.status).toBe(200);
      expect(lessonStepCount(lessonFromRun(run, 'playground'))).toBeGreaterThan(10);
      expect(run.plan.targetGroups[0]?.targets).toHaveLength(mode === 'ip' ? 100 : 10);
    }
  });
});
