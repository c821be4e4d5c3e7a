import { describe, expect, it } from 'vitest';
import { parseActions } from './actions.ts';
import type { SimEvent } from './sim-events.ts';
import { simulate } from './simulate.ts';
import { actionsOf, scenarioWorld } from './test-helpers.ts';

const withIrsa = (failure: string) =>
  scenarioWorld(
    'seed-instance.yaml',
    `\n---\napiVersion: sim/v1\nkind: SimulatorSettings\nspec: {irsa: {failure: ${failure}}}\n`,
  );
const stsCall = (events: SimEvent[]) => {
  const e = events.find((x) => x.kind === 'sts-call');
  if (e?.kind !== 'sts-call') throw new Error('no sts-call');
  return e;
};

describe('IRSA on the timeline (§8)', () => {
  it('§8 step 6: the projected token has audience sts.amazonaws.com; the role comes from AWS_ROLE_ARN', () => {
    const { events } = simulate(scenarioWorld('seed-instance.yaml'), [], { untilMs: 1_000 });
    const token = events.find((e) => e.kind === 'irsa-token');
    expect(token?.narration).toEqual({
      key: 'irsa.projectedToken',
      params: {
        audience: 'sts.amazonaws.com',
        roleArn: 'arn:aws:iam::123456789012:role/AmazonEKSLoadBalancerControllerRole',
        tokenPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
      },
    });
  });

  it('§8: no IAM OIDC provider → STS answers 400 InvalidIdentityToken, told in its own sentence', () => {
    const { events } = simulate(withIrsa('oidc'), [], { untilMs: 5_000 });
    const sts = stsCall(events);
    expect(sts.ok).toBe(false);
    expect(sts.response.StatusCode).toBe('400');
    expect(sts.response.Error).toMatch(
      /^InvalidIdentityToken: No OpenIDConnect provider found in your account for https:\/\/oidc\.eks\.us-west-2\.amazonaws\.com\/id\/[0-9A-F]{32}$/,
    );
    expect(sts.narration.key).toBe('irsa.noOidcProvider');
    expect(String(sts.narration.params.issuer)).toMatch(/^https:\/\/oidc\.eks\.us-west-2\./);
    const warning = events.find((e) => e.kind === 'k8s-event' && e.reason === 'FailedBuildModel');
    expect(warning?.kind === 'k8s-event' && warning.message).toContain(
      'StatusCode: 400, RequestID: ',
    );
    expect(warning?.kind === 'k8s-event' && warning.message).not.toContain('AccessDenied');
    expect(events.some((e) => e.kind === 'aws-call')).toBe(false);
  });

  it('§8: only a trust-policy mismatch is 403 AccessDenied', () => {
    const sts = stsCall(simulate(withIrsa('trust'), [], { untilMs: 1_000 }).events);
    expect(sts.response).toEqual({
      Error: 'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      StatusCode: '403',
    });
    expect(sts.narration.key).toBe('irsa.denied');
  });

  it('breakIrsa: oidc stops every later reconcile at the build with the InvalidIdentityToken error', () => {
    expect(parseActions({ name: 'a.yaml', text: '- breakIrsa: oidc\n' }).ok).toBe(true);
    expect(parseActions({ name: 'a.yaml', text: '- breakIrsa: thumbprint\n' }).ok).toBe(false);
    const { events } = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf('- at: 30s\n  breakIrsa: oidc\n'),
      { untilMs: 35_000 },
    );
    const warnings = events.filter(
      (e) => e.kind === 'k8s-event' && e.reason === 'FailedBuildModel' && e.atMs >= 30_000,
    );
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings)
      expect(w.kind === 'k8s-event' && w.message).toContain(
        'InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.',
      );
  });
});
