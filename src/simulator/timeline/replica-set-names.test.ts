import { describe, expect, it } from 'vitest';
import { replicaPodName, templateHash } from './replica-set-names.ts';
import { simulate } from './simulate.ts';
import { actionsOf, scenarioWorld } from './test-helpers.ts';

/** `<deployment>-<10-character template hash>-<5 characters>`, in Kubernetes' letters. */
const deploymentStyle =
  /^domain-api-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

describe('the names of pods a Deployment creates during a run', () => {
  it('are shaped as a ReplicaSet names them, one template hash per revision', () => {
    const first = replicaPodName('default', 'domain-api', 0, 1);
    const second = replicaPodName('default', 'domain-api', 0, 2);
    const rolledOut = replicaPodName('default', 'domain-api', 1, 1);
    for (const name of [first, second, rolledOut]) expect(name).toMatch(deploymentStyle);
    expect(first).not.toBe(second);
    expect(first.slice(0, -6)).toBe(second.slice(0, -6));
    expect(rolledOut.slice(0, -6)).not.toBe(first.slice(0, -6));
    expect(templateHash('default', 'domain-api', 0)).toBe(first.split('-')[2]);
    // The same run names its pods the same way every time.
    expect(replicaPodName('default', 'domain-api', 0, 1)).toBe(first);
  });

  it('take another suffix when a name is already in use', () => {
    const taken = replicaPodName('default', 'domain-api', 0, 1);
    const other = replicaPodName('default', 'domain-api', 0, 1, (name) => name === taken);
    expect(other).not.toBe(taken);
    expect(other).toMatch(deploymentStyle);
  });

  it('name the pods a scale-up adds (not domain-api-0-1)', () => {
    const { events } = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf('- at: 1s\n  scale: {deployment: default/domain-api, replicas: 6}\n'),
      { seed: 1, untilMs: 30_000 },
    );
    const added = new Set(
      events.flatMap((e) =>
        e.kind === 'watch' && e.verb === 'ADDED' && e.objectKind === 'Pod' ? [e.object] : [],
      ),
    );
    const names = [...added]
      .map((o) => o.replace(/^.*\//, ''))
      .filter((n) => !/^domain-api-\d$/.test(n));
    // Four pods in the seed; the scale-up to six adds two.
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(deploymentStyle);
  });
});
