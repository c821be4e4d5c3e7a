import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  planOf,
  pod,
  route,
  service,
  settings,
  smallCluster,
  node,
} from '../../test-support/manifests.ts';

const threeRules = ingress('web', {
  rules: [
    route('web', 80, '/a', 'Exact'),
    route('web', 80, '/b', 'Exact'),
    route('web', 80, '/c', 'Exact'),
  ],
});

describe('deployStack (§2.1 step 5, §10)', () => {
  it('calls AWS in the controller order for a fresh Ingress', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress('web', { rules: [route('web')] }),
    ]);
    expect(plan.apiCalls).toEqual([
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
      'CreateTargetGroup',
      'CreateLoadBalancer',
      'CreateListener',
      'CreateRule',
    ]);
    expect(plan.status).toEqual({ 'Ingress default/web': plan.loadBalancers[0]!.dnsName });
  });

  it('stops at the rule that passes the rules quota, keeping what was created and registering nothing', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ quotas: { rulesPerAlb: 2 } }),
      threeRules,
    ]);
    expect(plan.loadBalancers[0]!.listeners[0]!.rules).toHaveLength(2);
    expect(plan.targetGroups[0]!.targets).toEqual([]);
    expect(plan.status).toEqual({});
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]!.reason).toBe('FailedDeployModel');
    // §10 + §14b/issue 13: since v2.14.1 the rule synthesizer catches AWS's TooManyRules and
    // reports its own sentence instead of the raw AWS error.
    expect(plan.errors[0]!.message).toBe(
      "Failed deploy model due to Unable to synthesize listener rules, there's too many attached.",
    );
    // The third CreateRule was still sent (and refused by AWS): the controller does not pre-check.
    expect(plan.apiCalls.filter((c) => c === 'CreateRule')).toHaveLength(3);
  });

  it('counts the rules quota per load balancer across listeners (§10: rules per ALB)', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ quotas: { rulesPerAlb: 3 } }),
      ingress(
        'web',
        { rules: [route('web', 80, '/a', 'Exact'), route('web', 80, '/b', 'Exact')] },
        { 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": 80}, {"HTTP": 8080}]' },
      ),
    ]);
    const [first, second] = plan.loadBalancers[0]!.listeners;
    expect([first!.rules.length, second!.rules.length]).toEqual([2, 1]);
    expect(plan.errors.map((e) => e.message)).toEqual([
      "Failed deploy model due to Unable to synthesize listener rules, there's too many attached.",
    ]);
  });

  it('keeps the raw AWS error for the other quotas (§10: listeners per ALB)', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ quotas: { listenersPerAlb: 1 } }),
      ingress(
        'web',
        { rules: [route('web')] },
        { 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": 80}, {"HTTP": 8080}]' },
      ),
    ]);
    expect(plan.errors[0]!.message).toMatch(
      /^Failed deploy model due to operation error Elastic Load Balancing v2: CreateListener, https response error StatusCode: 400, RequestID: [0-9a-f-]{36}, TooManyListeners: /,
    );
  });

  it('registers targets in chunks of 200 and fails the binding past the per-target-group quota', () => {
    const pods = Array.from({ length: 450 }, (_, i) =>
      pod(`web-${i}`, 'node-1', `10.0.${Math.floor(i / 200) + 10}.${(i % 200) + 1}`),
    );
    const plan = planOf([
      albClass,
      node('node-1', '10.0.1.10'),
      ...pods,
      service('web', {}),
      settings({ quotas: { targetsPerTargetGroup: 300 } }),
      ingress('web', { rules: [route('web')] }, { 'alb.ingress.kubernetes.io/target-type': 'ip' }),
    ]);
    expect(plan.targetGroups[0]!.targets).toHaveLength(200);
    expect(plan.errors[0]).toMatchObject({
      object: `TargetGroupBinding default/${plan.targetGroups[0]!.name}`,
      reason: 'FailedReconcile',
    });
    expect(plan.errors[0]!.message).toContain('TooManyTargets');
    expect(plan.status['Ingress default/web']).toBeDefined();
  });

  it('fails the build with the STS error when the role does not trust the token (IRSA trust)', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ irsa: { failure: 'trust' } }),
      ingress('web', { rules: [route('web')] }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors[0]!.reason).toBe('FailedBuildModel');
    expect(plan.errors[0]!.message).toContain('AssumeRoleWithWebIdentity');
    expect(plan.errors[0]!.message).toContain(
      'api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    );
  });

  it('§8: a missing IAM OIDC provider is STS 400 InvalidIdentityToken, not AccessDenied (IRSA oidc)', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ irsa: { failure: 'oidc' }, region: 'eu-west-1' }),
      ingress('web', { rules: [route('web')] }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]!.reason).toBe('FailedBuildModel');
    expect(plan.errors[0]!.message).toMatch(
      /operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: [0-9a-f-]{36}, InvalidIdentityToken: No OpenIDConnect provider found in your account for https:\/\/oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/[0-9A-F]{32}$/,
    );
    expect(plan.errors[0]!.message).not.toContain('AccessDenied');
  });

  it('fails the deploy on CreateTargetGroup when the policy lacks AddTags (IRSA permission)', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      settings({ irsa: { failure: 'permission' } }),
      ingress('web', { rules: [route('web')] }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.targetGroups).toEqual([]);
    expect(plan.apiCalls).toEqual([
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
      'CreateTargetGroup',
    ]);
    expect(plan.errors[0]!.message).toContain(
      'is not authorized to perform: elasticloadbalancing:AddTags',
    );
  });
});
