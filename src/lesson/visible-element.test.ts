import { describe, expect, it } from 'vitest';
import { manyPodsScenario } from './many-pods-scenario.ts';
import { seedScenario } from './seed-scenario.ts';
import { runScenario } from './chapter-run.ts';
import { buildScene } from '../scene/build-scene.ts';
import { visibleElement } from './visible-element.ts';

const okRun = (source: typeof seedScenario, mode: 'instance' | 'ip') => {
  const run = runScenario(source, mode);
  if (!run.ok) throw new Error('does not parse');
  return run;
};

describe('visibleElement', () => {
  it('is the element itself when it is drawn', () => {
    const run = okRun(seedScenario, 'instance');
    const scene = buildScene(run.sceneInput);
    for (const segment of run.timeline.segments)
      expect(visibleElement(segment.to, scene, run.sceneInput)).toBe(segment.to);
  });

  it('is the "+N more" of a folded group, and the element again once the group is expanded', () => {
    const run = okRun(manyPodsScenario(10, 10), 'ip');
    const folded = buildScene(run.sceneInput);
    const ids = new Set(folded.nodes.map((n) => n.id));
    const hidden = run.timeline.segments.map((s) => s.to).filter((id) => !ids.has(id));
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) {
      const shown = visibleElement(id, folded, run.sceneInput);
      expect(ids.has(shown), `${id} → ${shown}`).toBe(true);
      expect(shown.startsWith('more:')).toBe(true);
    }
    const everything = new Set(
      folded.nodes.filter((n) => n.id.startsWith('more:')).map((n) => n.id.slice(5)),
    );
    const expanded = buildScene(run.sceneInput, everything);
    for (const id of hidden) {
      const shown = visibleElement(id, expanded, run.sceneInput);
      expect(shown.startsWith('more:'), `${id} → ${shown}`).toBe(false);
    }
  });
});
