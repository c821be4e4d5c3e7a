import { describe, expect, it } from 'vitest';
import { scenesOf } from './run-scenes.ts';
import { chapterLesson } from './test-support/chapter-lessons.ts';

/** https-and-groups in ip mode: its run where api moves to a group of its own. */
const movedRun = () => chapterLesson('https-and-groups', 'ip').runs.moved!;

describe('a rule the controller deletes', () => {
  it('leaves the diagram with its DeleteRule call (https-and-groups: api moves to its own group)', () => {
    const run = movedRun();
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

  it('shows the rules that moved up as their ModifyRule calls wrote them: conditions and group', () => {
    const run = movedRun();
    const scenes = scenesOf(run);
    const modifies = run.events.flatMap((e, i) =>
      e.kind === 'aws-call' && e.ok && e.operation === 'ModifyRule' ? [i] : [],
    );
    expect(modifies.length).toBeGreaterThan(0);
    const end = scenes.at(run.events.length - 1).scene;
    for (const at of modifies) {
      const call = run.events[at]!;
      if (call.kind !== 'aws-call') continue;
      const request = call.request as {
        conditions: { values: string[] }[];
        action: { targetGroup: string };
      };
      const rule = call.focus.find((id) => id.startsWith('rule:'))!;
      const card = end.nodes.find((n) => n.id === rule)!;
      for (const condition of request.conditions)
        for (const value of condition.values) expect(card.label, rule).toContain(value);
      const lines = end.edges.filter((e) => e.source === rule).map((e) => e.target);
      expect(lines, rule).toHaveLength(1);
      const group = run.plan.targetGroups.find((tg) => tg.name === request.action.targetGroup);
      expect(group, request.action.targetGroup).toBeDefined();
      expect(lines[0]).toBe(`tg:${group!.id}`);
    }
  });
});
