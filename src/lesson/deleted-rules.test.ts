import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { scenesOf } from './frame.ts';
import { lessonOf } from './lesson.ts';

describe('a rule the controller deletes', () => {
  it('leaves the diagram with its DeleteRule call (https-and-groups: api moves to its own group)', () => {
    const lesson = lessonOf(chapterSpecs.get('https-and-groups')!, 'ip');
    if (!lesson.ok) throw new Error('lesson');
    const run = lesson.runs.moved!;
    const scenes = scenesOf(run);
    const deletes = run.events.flatMap((e, i) =>
      e.kind === 'aws-call' && e.ok && e.operation === 'DeleteRule' ? [i] : [],
    );
    expect(deletes.length).toBeGreaterThan(0);
    for (const at of deletes) {
      const rule = scenes.focusOf(run.events[at]!).find((id) => id.startsWith('rule:'))!;
      const drawn = (index: number) => scenes.at(index).scene.nodes.some((n) => n.id === rule);
      expect(drawn(at - 1), `${rule} before`).toBe(true);
      expect(drawn(at), `${rule} after`).toBe(false);
      expect(drawn(run.events.length - 1), `${rule} at the end`).toBe(false);
      // Nor does a line still lead to it.
      expect(scenes.at(at).scene.edges.some((e) => e.source === rule || e.target === rule)).toBe(
        false,
      );
    }
  });
});
