import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { lessonOf } from './lesson.ts';

// https-and-groups, "group-name-moves": the api Ingress (the one that set ssl-redirect) leaves
// the group, so the controller turns HTTP:80's redirect back into a fixed 404 (ModifyListener)
// and gives storefront a rule on port 80 again (CreateRule), as the prose tells.
describe('a listener rewritten during the run', () => {
  const spec = chapterSpecs.get('https-and-groups')!;
  const lesson = lessonOf(spec, 'ip');
  if (!lesson.ok) throw new Error('https-and-groups does not build');
  const index = lesson.steps.findIndex((s) => s.id === 'group-name-moves');
  const before = settledFrame(lesson, index - 1)!;
  const after = settledFrame(lesson, index)!;
  const row = (frame: typeof after, id: string) => frame.scene.nodes.find((n) => n.id === id);

  it("shows port 80's default action as ModifyListener left it", () => {
    expect(row(before, 'default-action:shop/80')?.label).toBe('redirect 301 → HTTPS:443');
    const now = row(after, 'default-action:shop/80');
    expect(now?.label).toBe('fixed-response 404');
    expect(now?.a11y.params.action).toBe('fixed-response 404');
  });

  it('draws the rule port 80 gets again, forwarding to a target group', () => {
    expect(row(before, 'rule:shop/80/1')).toBeUndefined();
    const rule = row(after, 'rule:shop/80/1');
    expect(rule?.label).toMatch(/^1: /);
    const line = after.scene.edges.find((e) => e.source === 'rule:shop/80/1');
    expect(line?.target).toMatch(/^tg:/);
  });
});
