/**
 * The CONTRACT's DNS rule for traces: a host resolves to the controller's load balancer that has a
 * rule (host-header) or certificate for it, else to the one whose dnsName equals it, else — when
 * there is exactly one — to that one. In-tree load balancers are reached only by their dnsName.
 */
import { describe, expect, it } from 'vitest';
import type { PlanLoadBalancer, PlanRule } from '../aws/plan.ts';
import { DEFAULT_SETTINGS, type Settings } from '../world/settings.ts';
import { resolveLoadBalancer } from './resolve-dns.ts';

const NOT_FOUND = { type: 'fixed-response', statusCode: '404' } as const;

function alb(
  stack: string,
  opts: { hosts?: string[]; certificateArns?: string[]; paths?: string[] } = {},
): PlanLoadBalancer {
  const name = `k8s-${stack.replace('/', '-')}-0123456789`;
  const rules: PlanRule[] = [];
  if (opts.hosts || opts.paths)
    rules.push({
      priority: 1,
      conditions: [
        ...(opts.hosts ? [{ field: 'host-header' as const, values: opts.hosts }] : []),
        ...(opts.paths ? [{ field: 'path-pattern' as const, values: opts.paths }] : []),
      ],
      action: { type: 'forward', targetGroup: `${stack}-web:80` },
    });
  return {
    stack,
    name,
    type: 'application',
    scheme: 'internet-facing',
    ipAddressType: 'ipv4',
    sources: [`Ingress ${stack}`],
    group: null,
    dnsName: `${name}-1234567890.us-west-2.elb.amazonaws.com`,
    listeners: [
      {
        port: opts.certificateArns ? 443 : 80,
        protocol: opts.certificateArns ? 'HTTPS' : 'HTTP',
        certificateArns: opts.certificateArns ?? [],
        sslPolicy: opts.certificateArns ? 'ELBSecurityPolicy-2016-08' : null,
        defaultAction: NOT_FOUND,
        rules,
      },
    ],
  };
}

const clb = (name: string): PlanLoadBalancer => ({
  ...alb('default/legacy'),
  name,
  type: 'classic',
  dnsName: `${name}-42.us-west-2.elb.amazonaws.com`,
  listeners: [
    {
      port: 80,
      protocol: 'TCP',
      certificateArns: [],
      sslPolicy: null,
      defaultAction: { type: 'forward', targetGroup: 'in-tree:default/legacy:80' },
      rules: [],
    },
  ],
});

const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/aaaa';
const withCerts: Settings = {
  ...DEFAULT_SETTINGS,
  acmCertificates: [{ arn: CERT, domains: ['*.secure.example.com', 'secure.example.com'] }],
};

const resolve = (
  host: string,
  lbs: PlanLoadBalancer[],
  inTree: PlanLoadBalancer[] = [],
  settings: Settings = DEFAULT_SETTINGS,
) => resolveLoadBalancer(host, lbs, inTree, settings)?.stack ?? null;

describe('resolveLoadBalancer', () => {
  const shop = alb('default/shop', { hosts: ['shop.example.com'] });
  const api = alb('default/api', { hosts: ['*.api.example.com'] });

  it('picks the load balancer with a host-header rule for the host', () => {
    expect(resolve('shop.example.com', [api, shop])).toBe('default/shop');
  });

  it('honours wildcards in host rules and ignores the case of the host', () => {
    expect(resolve('v1.api.example.com', [shop, api])).toBe('default/api');
    expect(resolve('SHOP.Example.COM', [api, shop])).toBe('default/shop');
  });

  it('looks at host-header conditions only, not at paths', () => {
    const byPath = alb('default/paths', { paths: ['/shop.example.com'] });
    expect(resolve('shop.example.com', [byPath, shop])).toBe('default/shop');
  });

  it('picks the load balancer whose certificate covers the host', () => {
    const secure = alb('default/secure', { certificateArns: [CERT] });
    expect(resolve('www.secure.example.com', [shop, secure], [], withCerts)).toBe('default/secure');
    expect(resolve('secure.example.com', [shop, secure], [], withCerts)).toBe('default/secure');
    // Without the certificate's domains known, the host matches nothing among two LBs.
    expect(resolve('www.secure.example.com', [shop, secure])).toBeNull();
  });

  it('falls back to the load balancer whose dnsName is the host (case-insensitive)', () => {
    expect(resolve(api.dnsName, [shop, api])).toBe('default/api');
    expect(resolve(api.dnsName.toUpperCase(), [shop, api])).toBe('default/api');
  });

  it('a host rule wins over another load balancer whose dnsName is the host', () => {
    // Both LBs could answer: a rule match comes first in the CONTRACT's order.
    const catchAll = alb('default/catch-all', { hosts: ['*.elb.amazonaws.com'] });
    expect(resolve(shop.dnsName, [catchAll, shop])).toBe('default/catch-all');
  });

  it('with exactly one load balancer, any host resolves to it', () => {
    expect(resolve('anything.example.net', [shop])).toBe('default/shop');
    const noRules = alb('default/plain');
    expect(resolve('plain.example.com', [noRules])).toBe('default/plain');
  });

  it('with two or more load balancers and no match, nothing answers', () => {
    expect(resolve('unknown.example.com', [shop, api])).toBeNull();
  });

  it('with no load balancer at all, nothing answers', () => {
    expect(resolve('shop.example.com', [])).toBeNull();
  });

  describe('in-tree load balancers', () => {
    const legacy = clb('a1fc11fb9dc51603b0112574c26ab9fc');

    it('are reached by their own dnsName', () => {
      expect(resolveLoadBalancer(legacy.dnsName, [shop], [legacy], DEFAULT_SETTINGS)).toBe(legacy);
      expect(resolveLoadBalancer(legacy.dnsName, [], [legacy], DEFAULT_SETTINGS)).toBe(legacy);
    });

    it('are never the "exactly one" fallback', () => {
      expect(resolve('anything.example.net', [], [legacy])).toBeNull();
      expect(resolve('anything.example.net', [shop], [legacy])).toBe('default/shop');
    });
  });
});
