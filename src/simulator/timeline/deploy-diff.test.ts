import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  node,
  pod,
  route,
  service,
  worldOf,
} from '../test-support/manifests.ts';
import { reconcile } from '../reconcile/reconcile.ts';
import { diffStack } from './deploy-diff.ts';

const stackOf = (annotations: Record<string, string>) =>
  reconcile(
    worldOf([
      albClass,
      node('n1', '10.0.1.10'),
      pod('p', 'n1', '10.0.1.101'),
      service('web', {}),
      ingress('web', { rules: [route('web')] }, annotations),
    ]),
  ).stacks[0]!;

describe('diffStack (§2.1 step 5)', () => {
  it('creates everything for a fresh stack, in the deployer order', () => {
    expect(diffStack(null, stackOf({})).map((c) => c.operation)).toEqual([
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
      'CreateTargetGroup',
      'CreateLoadBalancer',
      'CreateListener',
      'CreateRule',
    ]);
  });

  it('makes no call when nothing changed', () => {
    expect(diffStack(stackOf({}), stackOf({}))).toEqual([]);
  });

  it('modifies the target group when only its health check changed', () => {
    expect(
      diffStack(
        stackOf({}),
        stackOf({ 'alb.ingress.kubernetes.io/healthcheck-path': '/healthz' }),
      ).map((c) => c.operation),
    ).toEqual(['ModifyTargetGroup']);
  });

  it('replaces the load balancer when the scheme changes (the name hash includes it)', () => {
    const ops = diffStack(
      stackOf({}),
      stackOf({ 'alb.ingress.kubernetes.io/scheme': 'internet-facing' }),
    ).map((c) => c.operation);
    expect(ops).toEqual([
      'DeleteLoadBalancer',
      'CreateLoadBalancer',
      'CreateListener',
      'CreateRule',
    ]);
  });
});
