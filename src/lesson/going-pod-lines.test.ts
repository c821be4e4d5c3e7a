import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { lessonOf } from './lesson.ts';
import { scenesOf } from './run-scenes.ts';

/**
 * In the moment a pod exits or is deleted its card stays, badged so, for that one event. Nothing
 * in it answers any more, so no ENI → pod line runs into it then (in ip mode such a line would
 * read as "the load balancer's traffic still reaches the pod").
 */
describe.each(['instance', 'ip'] as const)('a pod in the moment it goes (%s mode)', (mode) => {
  const lesson = lessonOf(chapterSpecs.get('change-over-time')!, mode);
  if (!lesson.ok) throw new Error('change-over-time does not build');

  it('has no line from its ENI', () => {
    let going = 0;
    let linedBefore = 0;
    for (const [variant, run] of Object.entries(lesson.runs)) {
      const scenes = scenesOf(run);
      run.events.forEach((event, index) => {
        if (event.kind !== 'pod' || (event.phase !== 'exited' && event.phase !== 'deleted')) return;
        const podId = `pod:${event.pod}`;
        const scene = scenes.at(index).scene;
        // Only the moment its card still stands (the first of exited / deleted).
        if (!scene.nodes.some((n) => n.id === podId)) return;
        going++;
        const into = (s: typeof scene) =>
          s.edges.filter((e) => e.target === podId && e.source.startsWith('eni:'));
        if (into(scenes.at(index - 1).scene).length > 0) linedBefore++;
        expect(
          into(scene).map((e) => e.id),
          `${variant} #${index} ${event.pod}`,
        ).toEqual([]);
      });
    }
    expect(going).toBeGreaterThan(0);
    // In ip mode the pod had its ENI's line right before: the moment it goes takes it away.
    if (mode === 'ip') expect(linedBefore).toBeGreaterThan(0);
  });
});
