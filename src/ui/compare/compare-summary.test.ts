import { describe, expect, it } from 'vitest';
import { runScenario } from '../../lesson/chapter-run.ts';
import { seedScenario } from '../../lesson/seed-scenario.ts';
import { modeFacts, planDiff } from './compare-summary.ts';

const scenario = seedScenario;
const instance = runScenario(scenario, 'instance');
const ip = runScenario(scenario, 'ip');

describe('compare summary', () => {
  it('instance mode has the kube-proxy hop, DNAT, SNAT and a second node; ip has none', () => {
    if (!instance.ok || !ip.ok) throw new Error('the seed scenario must run');
    const a = modeFacts(instance.trace);
    const b = modeFacts(ip.trace);
    expect([a.kubeProxyDnat, a.snat, a.crossNode, a.podSourceKind]).toEqual([
      true,
      true,
      true,
      'node',
    ]);
    expect([b.kubeProxyDnat, b.snat, b.crossNode]).toEqual([false, false, false]);
    expect(b.podSourceKind).not.toBe('node');
    expect(a.hops).toBeGreaterThan(b.hops);
  });

  it('diffs the plans: instance targets removed, pod IP targets added', () => {
    if (!instance.ok || !ip.ok) throw new Error('the seed scenario must run');
    const diff = planDiff(instance.plan, ip.plan);
    const of = (change: string) => diff.filter((l) => l.change === change).map((l) => l.text);
    expect(of('removed')).toContain('target type instance');
    expect(of('added')).toContain('target type ip');
    expect(of('removed').filter((t) => /^target i-/.test(t))).toHaveLength(2);
    expect(of('added').filter((t) => /^target 10\.0\./.test(t))).toHaveLength(4);
  });
});
