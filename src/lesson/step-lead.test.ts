import { describe, expect, it } from 'vitest';
import type { SceneNodeKind } from '../scene/scene-model.ts';
import { splitMarks } from './step-lead.ts';

const kinds: Record<string, SceneNodeKind> = {
  controller: 'controller',
  'ingress:a': 'ingress',
  'sg:a/managed': 'security-group',
  'tg:a': 'target-group',
  'lb:a': 'load-balancer',
  'listener:a/443': 'listener',
  'rule:a/443/1': 'rule',
};
const kindOf = (id: string) => kinds[id];

describe('splitMarks', () => {
  const marks = new Set(Object.keys(kinds));

  it('rings the lead and what is not an AWS resource; the other AWS cards are only "also"', () => {
    const { emphasis, also } = splitMarks(marks, new Set(['rule:a/443/1']), kindOf);
    expect([...emphasis].sort()).toEqual(['controller', 'ingress:a', 'rule:a/443/1']);
    expect([...also].sort()).toEqual(['lb:a', 'listener:a/443', 'sg:a/managed', 'tg:a']);
  });

  it("shares a load balancer's lead with its parts (a new ALB's listener and rule)", () => {
    const wholeOf = (id: string) => (/^(listener|rule):/.test(id) ? 'lb:a' : null);
    const { emphasis, also } = splitMarks(marks, new Set(['lb:a']), kindOf, wholeOf);
    expect([...emphasis].sort()).toEqual([
      'controller',
      'ingress:a',
      'lb:a',
      'listener:a/443',
      'rule:a/443/1',
    ]);
    expect([...also].sort()).toEqual(['sg:a/managed', 'tg:a']);
  });

  it('keeps every mark when the lead holds none of them (nothing would stand out)', () => {
    const { emphasis, also } = splitMarks(marks, new Set(['pod:x']), kindOf);
    expect(emphasis).toEqual(marks);
    expect(also.size).toBe(0);
  });

  it('changes nothing when every AWS card marked is in the lead', () => {
    const lead = new Set(['sg:a/managed', 'tg:a', 'lb:a', 'listener:a/443', 'rule:a/443/1']);
    expect(splitMarks(marks, lead, kindOf)).toEqual({ emphasis: marks, also: new Set() });
  });
});
