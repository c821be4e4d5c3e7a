import { describe, expect, it } from 'vitest';
import type { PlanListener, PlanLoadBalancer } from '../simulator/index.ts';
import { defaultActionRows, defaultActionText } from './default-action.ts';
import { diagramId } from './diagram-ids.ts';
import { scenarioTimeline } from './test-support/scenario-timeline.ts';

const listener = (defaultAction: PlanListener['defaultAction']): PlanListener => ({
  port: 80,
  protocol: 'HTTP',
  certificateArns: [],
  sslPolicy: null,
  defaultAction,
  rules: [],
});
const lb = (type: PlanLoadBalancer['type']): PlanLoadBalancer => ({
  stack: 'shop',
  name: 'k8s-shop-0123456789',
  type,
  scheme: 'internet-facing',
  ipAddressType: 'ipv4',
  sources: [],
  group: 'shop',
  dnsName: 'k8s-shop.example',
  listeners: [],
});
const redirect = {
  type: 'redirect' as const,
  protocol: 'HTTPS',
  port: '443',
  statusCode: 'HTTP_301',
};

describe("a listener's default action", () => {
  it('says what the listener does when no rule matches: the ssl-redirect, the fixed 404 (§3.2, §14)', () => {
    expect(defaultActionText(redirect)).toBe('redirect 301 → HTTPS:443');
    expect(
      defaultActionText({ type: 'fixed-response', statusCode: '404', contentType: 'text/plain' }),
    ).toBe('fixed-response 404');
    expect(defaultActionText({ type: 'forward', targetGroup: 'default/web-web:80' })).toBe(
      'forward',
    );
  });

  it('is a row of an ALB listener, named "Default action", and none on an NLB', () => {
    expect(defaultActionRows(lb('application'), listener(redirect))).toEqual([
      expect.objectContaining({
        id: diagramId.defaultAction('shop', 80),
        kind: 'default-action',
        label: 'redirect 301 → HTTPS:443',
        caption: { key: 'diagram.kind.default-action', params: {} },
        a11y: {
          key: 'a11y.defaultAction',
          params: { listener: 'HTTP:80', action: 'redirect 301 → HTTPS:443' },
        },
      }),
    ]);
    expect(
      defaultActionRows(lb('network'), listener({ type: 'forward', targetGroup: 'x' })),
    ).toEqual([]);
  });

  it('comes with its listener on the timeline', () => {
    const { events, scenes } = scenarioTimeline('seed-instance.yaml');
    const created = events.findIndex(
      (e) => e.kind === 'aws-call' && e.operation === 'CreateListener',
    );
    const row = (i: number) =>
      scenes
        .at(i)
        .scene.nodes.find((n) => n.id === diagramId.defaultAction('default/domain-ingress', 443));
    expect(row(created - 1)).toBeUndefined();
    expect(row(created)?.label).toBe('fixed-response 404');
    expect(row(created)?.parent).toBe(diagramId.loadBalancer('default/domain-ingress'));
  });
});
