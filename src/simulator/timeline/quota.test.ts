import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.ts';
import { scenarioWorld } from './test-helpers.ts';

describe('the rules quota on the timeline (§10, LBC ≥ v2.14.1)', () => {
  it('AWS answers the refused CreateRule with TooManyRules; the event carries the synthesizer’s sentence', () => {
    const { events } = simulate(
      scenarioWorld(
        'seed-instance.yaml',
        '\n---\napiVersion: sim/v1\nkind: SimulatorSettings\nspec: {quotas: {rulesPerAlb: 0}}\n',
      ),
      [],
      { untilMs: 10_000 },
    );
    const refused = events.find((e) => e.kind === 'aws-call' && !e.ok);
    expect(refused?.kind === 'aws-call' && refused.operation).toBe('CreateRule');
    expect(refused?.kind === 'aws-call' && String(refused.response.Error)).toContain(
      "TooManyRules: You've reached the limit on the number of rules per load balancer.",
    );
    const warning = events.find((e) => e.kind === 'k8s-event' && e.reason === 'FailedDeployModel');
    expect(warning?.kind === 'k8s-event' && warning.message).toBe(
      "Failed deploy model due to Unable to synthesize listener rules, there's too many attached.",
    );
  });
});
