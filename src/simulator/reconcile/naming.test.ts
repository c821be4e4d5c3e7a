import { describe, expect, it } from 'vitest';
import {
  explicitGroupResourceName,
  loadBalancerDnsName,
  nameHash,
  namespacedResourceName,
  sanitize,
} from './naming.ts';

describe('resource names (reference §5.1, checked against the controller unit tests)', () => {
  it('names an implicit-group ALB from clusterName, group id and scheme', () => {
    expect(
      namespacedResourceName('ns-1', 'ing-1', nameHash('cluster-dummy', 'ns-1/ing-1', 'internal')),
    ).toBe('k8s-ns1-ing1-b7e914000d');
    expect(
      namespacedResourceName(
        'default',
        'domain-ingress',
        nameHash('my-cluster', 'default/domain-ingress', 'internet-facing'),
      ),
    ).toBe('k8s-default-domainin-ff2d9f1492');
  });

  it('names an Ingress target group from ten inputs, the port as written included', () => {
    const hash = nameHash(
      'cluster-dummy',
      'ns-1/ing-1',
      'ns-1',
      'ing-1',
      '',
      'http',
      '32768',
      'instance',
      'HTTP',
      'HTTP1',
    );
    expect(namespacedResourceName('ns-1', 'svc-1', hash)).toBe('k8s-ns1-svc1-9889425938');
    const seed = nameHash(
      'my-cluster',
      'default/domain-ingress',
      'default',
      'domain-ingress',
      '',
      '80',
      '31666',
      'instance',
      'HTTP',
      'HTTP1',
    );
    expect(namespacedResourceName('default', 'location-api', seed)).toBe(
      'k8s-default-location-f602f5148a',
    );
  });

  it('names a Service NLB and its target group', () => {
    const uid = '7ab4be33-11c2-4a7b-b622-7add8affab36';
    expect(
      namespacedResourceName(
        'default',
        'default-ip-target',
        nameHash('my-cluster', uid, 'internal'),
      ),
    ).toBe('k8s-default-defaulti-b44ef5a42d');
    expect(
      namespacedResourceName(
        'default',
        'default-ip-target',
        nameHash('my-cluster', uid, '80', '80', 'ip', 'TCP', 'TCP', '10'),
      ),
    ).toBe('k8s-default-defaulti-cc40ce9c73');
  });

  it('sanitizes to ASCII letters and digits and truncates explicit group names to 17', () => {
    expect(sanitize('my-ns.prod_1')).toBe('mynsprod1');
    expect(explicitGroupResourceName('a-very-long-group-name-indeed', '0123456789')).toBe(
      'k8s-averylonggroupnam-0123456789',
    );
  });

  it('prefixes internal load balancers with internal- and lower-cases the DNS name', () => {
    expect(loadBalancerDnsName('k8s-A-b-1', 'internal', 'us-west-2', 'application')).toMatch(
      /^internal-k8s-a-b-1-\d+\.us-west-2\.elb\.amazonaws\.com$/,
    );
    expect(loadBalancerDnsName('k8s-a-b-1', 'internet-facing', 'us-west-2', 'network')).toMatch(
      /^k8s-a-b-1-[0-9a-f]{16}\.elb\.us-west-2\.amazonaws\.com$/,
    );
  });
});
