import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  planOf,
  route,
  service,
  smallCluster,
} from '../../test-support/manifests.ts';

const listeners = (annotations: Record<string, string>, spec: Record<string, unknown> = {}) =>
  planOf([
    albClass,
    ...smallCluster(),
    service('web', {}),
    ingress('web', { rules: [route('web')], ...spec }, annotations),
  ]).loadBalancers[0]?.listeners.map((l) => `${l.protocol}:${l.port}`);

describe('computeMemberListenPorts (§3.2)', () => {
  it('defaults to HTTP:80', () => {
    expect(listeners({})).toEqual(['HTTP:80']);
  });

  it('uses HTTPS:443 only when a certificate is given, and no port 80', () => {
    expect(listeners({ 'alb.ingress.kubernetes.io/certificate-arn': 'arn:cert' })).toEqual([
      'HTTPS:443',
    ]);
  });

  it('does not create an HTTPS listener from spec.tls (GOTCHA)', () => {
    expect(listeners({}, { tls: [{ hosts: ['a.example.com'], secretName: 'x' }] })).toEqual([
      'HTTP:80',
    ]);
  });

  it('reads listen-ports JSON and validates protocol and range', () => {
    const ann = (v: string) => ({
      'alb.ingress.kubernetes.io/listen-ports': v,
      'alb.ingress.kubernetes.io/certificate-arn': 'arn:cert',
    });
    expect(listeners(ann('[{"HTTP": 80}, {"HTTPS": 443}]'))).toEqual(['HTTP:80', 'HTTPS:443']);
    const bad = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress('web', { rules: [route('web')] }, ann('[{"TCP": 80}]')),
    ]);
    expect(bad.errors[0]?.message).toBe(
      'Failed build model due to ingress: default/web: listen protocol must be within [HTTP, HTTPS]: TCP',
    );
    const range = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress('web', { rules: [route('web')] }, ann('[{"HTTP": 70000}]')),
    ]);
    expect(range.errors[0]?.message).toBe(
      'Failed build model due to ingress: default/web: listen port must be within [1, 65535]: 70000',
    );
  });

  it('fails an HTTPS port without certificates when discovery finds none for a host', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress(
        'web',
        { rules: [route('web', 80, '/', 'Prefix', 'shop.example.com')] },
        { 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS": 443}]' },
      ),
    ]);
    expect(plan.errors[0]?.message).toBe(
      'Failed build model due to ingress: default/web: no certificate found for host: shop.example.com',
    );
  });
});

describe('mergeListenPortConfigs (§3.2)', () => {
  it('reports a port that one member declares HTTP and another HTTPS', () => {
    const group = { 'alb.ingress.kubernetes.io/group.name': 'shared' };
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress(
        'a',
        { rules: [route('web')] },
        { ...group, 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": 8080}]' },
      ),
      ingress(
        'b',
        { rules: [route('web')] },
        {
          ...group,
          'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS": 8080}]',
          'alb.ingress.kubernetes.io/certificate-arn': 'arn:c',
        },
      ),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors.map((e) => e.object)).toEqual(['Ingress default/a', 'Ingress default/b']);
    expect(plan.errors[0]?.message).toBe(
      'Failed build model due to failed to merge listenPort config for port: 8080: conflicting protocol, default/a: HTTP | default/b: HTTPS',
    );
  });
});
