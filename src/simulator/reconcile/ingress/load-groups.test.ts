import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  planOf,
  route,
  service,
  smallCluster,
  worldOf,
} from '../../test-support/manifests.ts';
import { loadIngressGroups } from './load-groups.ts';

const base = [...smallCluster(), service('web', {})];

describe('classifyIngress (§1.2)', () => {
  it('ignores an Ingress with no class when the controller flag is alb', () => {
    const plan = planOf([
      ...base,
      albClass,
      ingress('web', { ingressClassName: undefined, rules: [route('web')] }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors).toEqual([]);
  });

  it('lets the class annotation beat ingressClassName', () => {
    const ann = { 'kubernetes.io/ingress.class': 'nginx' };
    expect(
      planOf([...base, albClass, ingress('web', { rules: [route('web')] }, ann)]).loadBalancers,
    ).toEqual([]);
    const alb = { 'kubernetes.io/ingress.class': 'alb' };
    expect(
      planOf([...base, ingress('web', { ingressClassName: 'nginx', rules: [route('web')] }, alb)])
        .loadBalancers,
    ).toHaveLength(1);
  });

  it('looks at the IngressClass controller, not its name', () => {
    const cls = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'internal-lb' },
      spec: { controller: 'ingress.k8s.aws/alb' },
    };
    expect(
      planOf([
        ...base,
        cls,
        ingress('web', { ingressClassName: 'internal-lb', rules: [route('web')] }),
      ]).loadBalancers,
    ).toHaveLength(1);
  });

  it('reports a missing IngressClass as FailedLoadGroupID', () => {
    const plan = planOf([
      ...base,
      ingress('web', { ingressClassName: 'nope', rules: [route('web')] }),
    ]);
    expect(plan.errors).toEqual([
      {
        object: 'Ingress default/web',
        reason: 'FailedLoadGroupID',
        message:
          'failed load groupID due to invalid ingress class: ingressclasses.networking.k8s.io "nope" not found',
      },
    ]);
  });
});

describe('loadIngressGroups (§2.1)', () => {
  it('orders members by group.order, then namespace/name', () => {
    const g = (order?: string) => ({
      'alb.ingress.kubernetes.io/group.name': 'team',
      ...(order ? { 'alb.ingress.kubernetes.io/group.order': order } : {}),
    });
    const world = worldOf([
      ...base,
      albClass,
      ingress('c', { rules: [route('web')] }, g()),
      ingress('b', { rules: [route('web')] }, g('-1')),
      ingress('a', { rules: [route('web')] }, g()),
      ingress('z', { rules: [route('web')] }, g('5')),
    ]);
    const { groups } = loadIngressGroups(world);
    expect(groups.map((x) => [x.id, x.members.map((m) => m.key)])).toEqual([
      ['team', ['default/b', 'default/a', 'default/c', 'default/z']],
    ]);
  });

  it('stops the whole group on an out-of-range group.order (logged, no event)', () => {
    const plan = planOf([
      ...base,
      albClass,
      ingress(
        'a',
        { rules: [route('web')] },
        {
          'alb.ingress.kubernetes.io/group.name': 'team',
          'alb.ingress.kubernetes.io/group.order': '1001',
        },
      ),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors[0]).toEqual({
      object: 'Ingress default/a',
      reason: 'ReconcilerError',
      message:
        'explicit Ingress group order must be within [-1000:1000], Ingress: default/a, order: 1001',
    });
  });

  it('rejects an invalid group name with FailedLoadGroupID', () => {
    const plan = planOf([
      ...base,
      albClass,
      ingress('a', { rules: [route('web')] }, { 'alb.ingress.kubernetes.io/group.name': 'Team_A' }),
    ]);
    expect(plan.errors[0]?.message).toBe(
      "failed load groupID due to invalid ingress group: groupName must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    );
  });
});
