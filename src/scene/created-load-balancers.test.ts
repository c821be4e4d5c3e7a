import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../simulator/index.ts';
import { scenarioTimeline } from './test-support/scenario-timeline.ts';

/** seed-ip's Ingress, as re-applied at 20 s with the annotations it has and `more`. */
const reapplied = (name: string, more: string, host = 'api.example.com') => `- at: 20s
  apply: |
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ${name}
      namespace: default
      annotations:
        alb.ingress.kubernetes.io/scheme: internet-facing
        alb.ingress.kubernetes.io/target-type: ip
        alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10${more}
    spec:
      ingressClassName: alb
      rules:
        - host: ${host}
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: location-api
                    port:
                      number: 80
`;

/** domain-ingress moves into the IngressGroup `moved`: a new ALB, the old one deleted (§2.4). */
const MOVE = reapplied('domain-ingress', '\n        alb.ingress.kubernetes.io/group.name: moved');

const call = (operation: string, lb: string) => (e: SimEvent) =>
  e.kind === 'aws-call' && e.operation === operation && e.focus.includes(lb);

describe('a load balancer the run creates', () => {
  const { events, scenes } = scenarioTimeline('seed-ip.yaml', MOVE, 40_000);
  const created = events.findIndex(call('CreateLoadBalancer', 'lb:moved'));
  const status = events.findIndex(
    (e) =>
      e.kind === 'status-updated' &&
      e.object === 'Ingress default/domain-ingress' &&
      e.atMs >= 20_000,
  );
  const at = (index: number) => scenes.at(index).scene;
  const node = (index: number, id: string) => at(index).nodes.find((n) => n.id === id);

  it('is drawn from its CreateLoadBalancer call on, with its listener and rule as they are created', () => {
    expect(created).toBeGreaterThan(0);
    expect(node(created - 1, 'lb:moved')).toBeUndefined();
    expect(node(created, 'lb:moved')?.label).toBe(
      (events[created] as Extract<SimEvent, { kind: 'aws-call' }>).request.Name,
    );
    const rule = events.findIndex(
      (e) =>
        e.kind === 'aws-call' &&
        e.operation === 'CreateRule' &&
        e.focus.includes('rule:moved/443/1'),
    );
    expect(rule).toBeGreaterThan(created);
    expect(node(rule - 1, 'rule:moved/443/1')).toBeUndefined();
    expect(node(rule, 'rule:moved/443/1')).toBeDefined();
    expect(node(rule, 'listener:moved/443')?.detail).toBe('TLS');
  });

  it('stands in the same public subnets as the first one, and forwards to the new group', () => {
    const scene = at(events.length - 1);
    const zones = (stack: string) =>
      scene.nodes
        .filter((n) => n.kind === 'lb-node' && n.id.startsWith(`lb-node:${stack}@`))
        .map((n) => n.parent);
    const first = scenes.universe.nodes
      .filter((n) => n.kind === 'lb-node' && n.id.startsWith('lb-node:default/domain-ingress@'))
      .map((n) => n.parent);
    expect(first.length).toBeGreaterThan(0);
    expect(zones('moved')).toEqual(first);
    const group = 'tg:default/domain-ingress-location-api:80~2';
    expect(scene.edges.some((e) => e.source === 'rule:moved/443/1' && e.target === group)).toBe(
      true,
    );
    expect(scene.edges.some((e) => e.source === 'client' && e.target === 'lb:moved')).toBe(true);
  });

  it("gives the Ingress that moved the new load balancer's DNS name once its status is written", () => {
    const ingress = 'ingress:default/domain-ingress';
    const dns = (index: number) => node(index, 'lb-address:moved')?.label;
    expect(status).toBeGreaterThan(created);
    expect(node(status - 1, ingress)?.detail).not.toBe(dns(status));
    expect(node(status, ingress)?.detail).toBe(dns(status));
    const written = events[status];
    expect(written?.kind === 'status-updated' && written.hostname).toBe(dns(status));
  });

  it('is left out when a rule of it forwards to a group the diagram does not draw', () => {
    // A second Ingress in an implicit group of its own: a new ALB and a new group id.
    const other = scenarioTimeline('seed-ip.yaml', reapplied('other', '', 'other.example.com'));
    expect(other.events.some(call('CreateLoadBalancer', 'lb:default/other'))).toBe(true);
    expect(other.scenes.universe.nodes.some((n) => n.id === 'lb:default/other')).toBe(false);
  });
});
