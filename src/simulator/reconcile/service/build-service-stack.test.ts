import { describe, expect, it } from 'vitest';
import {
  node,
  planOf,
  pod,
  service,
  settings,
  smallCluster,
} from '../../test-support/manifests.ts';

const S = 'service.beta.kubernetes.io/';
const lbService = (spec: Record<string, unknown> = {}, annotations: Record<string, string> = {}) =>
  service(
    'web',
    { type: 'LoadBalancer', loadBalancerClass: 'service.k8s.aws/nlb', ...spec },
    annotations,
  );

describe('buildServiceStack (§7)', () => {
  it('builds an internal NLB with a TCP listener and a TCP-checked instance target group', () => {
    const plan = planOf([...smallCluster(), lbService()]);
    expect(plan.loadBalancers[0]).toMatchObject({
      stack: 'default/web',
      type: 'network',
      scheme: 'internal',
    });
    expect(plan.loadBalancers[0]!.listeners[0]).toMatchObject({
      port: 80,
      protocol: 'TCP',
      rules: [],
      defaultAction: { type: 'forward', targetGroup: 'default/web:80' },
    });
    expect(plan.targetGroups[0]).toMatchObject({
      id: 'default/web:80',
      targetType: 'instance',
      protocol: 'TCP',
      port: 30080,
      attributes: { 'proxy_protocol_v2.enabled': 'false' },
      healthCheck: {
        protocol: 'TCP',
        port: 'traffic-port',
        path: null,
        matcher: null,
        intervalSeconds: 10,
        timeoutSeconds: 10,
        healthyThreshold: 3,
        unhealthyThreshold: 3,
      },
    });
  });

  it('checks kube-proxy /healthz on the healthCheckNodePort for instance + Local', () => {
    const plan = planOf([
      node('n1', '10.0.1.1', { instance: 'i-1' }),
      node('n2', '10.0.1.2', { instance: 'i-2' }),
      pod('p', 'n1', '10.0.1.100'),
      lbService({ externalTrafficPolicy: 'Local', healthCheckNodePort: 32000 }),
    ]);
    const tg = plan.targetGroups[0]!;
    expect(tg.healthCheck).toEqual({
      protocol: 'HTTP',
      port: 32000,
      path: '/healthz',
      matcher: '200-399',
      intervalSeconds: 10,
      timeoutSeconds: 6,
      healthyThreshold: 2,
      unhealthyThreshold: 2,
    });
    expect(tg.targets.map((t) => [t.node, t.health.state, t.health.reason])).toEqual([
      ['n1', 'healthy', undefined],
      ['n2', 'unhealthy', 'Target.ResponseCodeMismatch'],
    ]);
  });

  it('makes every port TLS when a certificate is set without ssl-ports', () => {
    const plan = planOf([
      ...smallCluster(),
      lbService(
        {},
        {
          [`${S}aws-load-balancer-ssl-cert`]: 'arn:c',
          [`${S}aws-load-balancer-scheme`]: 'internet-facing',
        },
      ),
    ]);
    expect(plan.loadBalancers[0]!.listeners[0]).toMatchObject({
      protocol: 'TLS',
      certificateArns: ['arn:c'],
      sslPolicy: 'ELBSecurityPolicy-2016-08',
    });
    expect(plan.targetGroups[0]!.protocol).toBe('TCP');
  });

  it('rejects instance targets on a ClusterIP Service', () => {
    const plan = planOf([
      ...smallCluster(),
      service(
        'web',
        { type: 'ClusterIP', ports: [{ port: 80, targetPort: 8080 }] },
        {
          [`${S}aws-load-balancer-type`]: 'external',
          [`${S}aws-load-balancer-nlb-target-type`]: 'instance',
        },
      ),
    ]);
    expect(plan.errors[0]?.message).toBe(
      'Failed build model due to unsupported service type "ClusterIP" for load balancer target type "instance"',
    );
  });

  it('leaves a plain LoadBalancer Service to the in-tree provider when the webhook is off', () => {
    const plan = planOf([
      ...smallCluster(),
      settings({ flags: { serviceMutatorWebhook: false } }),
      service('web', { type: 'LoadBalancer' }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
  });

  it('takes a plain LoadBalancer Service through the webhook by default, and says so', () => {
    const plan = planOf([...smallCluster(), service('web', { type: 'LoadBalancer' })]);
    expect(plan.loadBalancers).toHaveLength(1);
    expect(plan.assumptions.join()).toContain('webhook');
  });
});
