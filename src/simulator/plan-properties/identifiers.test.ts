import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  parseManifests,
  planFromManifests,
  reconcile,
  traceRequest,
} from '../index.ts';
import { oneFile } from './known-cases.ts';

/**
 * The contract's id formats join names with `-` and `/`, which names may contain themselves, so two
 * stacks can meet on one target-group id (an Ingress TG `ns/ing-svc:port` and a Service TG
 * `ns/svc:port`) or one stack key (an implicit group and a Service of the same name). The ids stay
 * as the contract (and the controller) define them; target-group names stay unique, and a trace
 * resolves a forward action inside its own load balancer's stack.
 */
describe('plan identifiers', () => {
  const classAndIngress = (ingress: string, service: string) => [
    'apiVersion: networking.k8s.io/v1',
    'kind: IngressClass',
    'metadata: {name: alb}',
    'spec: {controller: ingress.k8s.aws/alb}',
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    `metadata: {name: ${ingress}, namespace: default}`,
    'spec:',
    '  ingressClassName: alb',
    `  defaultBackend: {service: {name: ${service}, port: {number: 80}}}`,
  ];
  const nodePortService = (name: string, type: string, nodePort: number) => [
    '---',
    'apiVersion: v1',
    'kind: Service',
    `metadata: {name: ${name}, namespace: default}`,
    `spec: {type: ${type}, selector: {app: ${name}}, ports: [{port: 80, nodePort: ${nodePort}}]}`,
  ];

  it('keeps the contract ids for Ingress a → Service b-c and Service a-b-c, with distinct names', () => {
    const outcome = planFromManifests(
      oneFile(
        ...classAndIngress('a', 'b-c'),
        ...nodePortService('b-c', 'NodePort', 30001),
        ...nodePortService('a-b-c', 'LoadBalancer', 30002),
      ),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.plan.targetGroups.map((tg) => tg.id)).toEqual([
      'default/a-b-c:80',
      'default/a-b-c:80',
    ]);
    expect(new Set(outcome.plan.targetGroups.map((tg) => tg.name)).size).toBe(2);
  });

  it('traces each load balancer to its own target group even when the ids collide', () => {
    const parsed = parseManifests(
      oneFile(
        ...classAndIngress('a', 'b-c'),
        ...nodePortService('b-c', 'NodePort', 30001),
        ...nodePortService('a-b-c', 'LoadBalancer', 30002),
      ),
    );
    if (!parsed.ok) throw new Error('inputs must parse');
    const world = buildWorld(parsed.value);
    const reconciled = reconcile(world);
    for (const lb of reconciled.plan.loadBalancers) {
      const port = lb.listeners[0]!.port;
      const trace = traceRequest(
        world,
        { url: `http://${lb.dnsName}:${port}/`, seed: 1 },
        reconciled,
      );
      const tgHop = trace.hops.find((h) => h.at === 'target-group');
      const expectedPort = lb.type === 'application' ? 30001 : 30002;
      expect(tgHop?.dst.endsWith(`:${expectedPort}`), `${lb.type} → ${tgHop?.dst}`).toBe(true);
    }
  });
});
