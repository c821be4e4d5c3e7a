import { describe, expect, it } from 'vitest';
import type { PlanRule } from '../../aws/plan.ts';
import { optimizeRules } from './rule-optimizer.ts';

type Draft = Omit<PlanRule, 'priority'>;
const rule = (host: string, paths: string[], action: Draft['action']): Draft => ({
  conditions: [
    { field: 'host-header', values: [host] },
    { field: 'path-pattern', values: paths },
  ],
  action,
});

describe('optimizeRules (rule_optimizer.go)', () => {
  it('drops a redirect that would send a request back to the same listener', () => {
    const loop = rule('a.example.com', ['/*'], {
      type: 'redirect',
      protocol: 'HTTPS',
      port: '443',
      statusCode: 'HTTP_301',
    });
    expect(optimizeRules(443, 'HTTPS', [loop])).toEqual([]);
    expect(optimizeRules(80, 'HTTP', [loop])).toEqual([loop]);
  });

  it('drops rules covered by an earlier redirect rule', () => {
    const redirect = rule('a.example.com', ['/*'], {
      type: 'redirect',
      host: 'b.example.com',
      statusCode: 'HTTP_302',
    });
    const shadowed = rule('a.example.com', ['/x'], { type: 'forward', targetGroup: 'tg' });
    const other = rule('c.example.com', ['/x'], { type: 'forward', targetGroup: 'tg' });
    expect(optimizeRules(80, 'HTTP', [redirect, shadowed, other])).toEqual([redirect, other]);
  });
});
