import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../simulator/index.ts';
import { scenarioTimeline } from './test-support/scenario-timeline.ts';

/** The report-api Service as an action applies it (indented under `apply: |`). */
const reportService = (type: 'ClusterIP' | 'NodePort', nodePort?: number) => `    apiVersion: v1
    kind: Service
    metadata:
      name: report-api
      namespace: default
    spec:
      type: ${type}
      selector:
        app: domain-api
      ports:
        - port: 80
          targetPort: 8000
${nodePort === undefined ? '' : `          nodePort: ${nodePort}\n`}`;

/** A ClusterIP Service and an instance-mode Ingress in front of it, applied at 20 s. */
const APPLY = `- at: 20s
  apply: |
${reportService('ClusterIP')}    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: report-ingress
      namespace: default
      annotations:
        alb.ingress.kubernetes.io/scheme: internet-facing
        alb.ingress.kubernetes.io/target-type: instance
    spec:
      ingressClassName: alb
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: report-api
                    port:
                      number: 80
`;

/** The same, then the Service made a NodePort (the fix), then the Ingress deleted. */
const FIX_AND_DELETE = `${APPLY}- at: 25s
  apply: |
${reportService('NodePort', 31777)}- at: 35s
  delete: { kind: Ingress, name: report-ingress }
`;

const run = (actions: string, untilMs = 30_000) =>
  scenarioTimeline('seed-instance.yaml', actions, untilMs);

const INGRESS = 'ingress:default/report-ingress';
const SERVICE = 'service:default/report-api';

/** Where the API server tells the controller of report-ingress (`verb`). */
const watchIndex = (events: readonly SimEvent[], verb: 'ADDED' | 'DELETED') =>
  events.findIndex(
    (e) => e.kind === 'watch' && e.verb === verb && e.object === 'default/report-ingress',
  );

/** Where the controller records its first Kubernetes event of `type` on report-ingress. */
const ingressEventIndex = (events: readonly SimEvent[], type: 'Warning' | 'Normal') =>
  events.findIndex(
    (e) =>
      e.kind === 'k8s-event' && e.type === type && e.object === 'Ingress default/report-ingress',
  );

describe('objects applied during the run', () => {
  const { events, scenes } = run(APPLY);
  const added = watchIndex(events, 'ADDED');
  const warned = ingressEventIndex(events, 'Warning');
  const node = (index: number, id: string) => scenes.at(index).scene.nodes.find((n) => n.id === id);

  it('are drawn from the moment the API server adds them, not before', () => {
    expect(added).toBeGreaterThan(0);
    const applied = events.findIndex((e) => e.kind === 'action' && e.action === 'apply');
    expect(applied).toBeGreaterThan(0);
    expect(node(applied, INGRESS)).toBeUndefined();
    expect(node(applied, SERVICE)).toBeUndefined();
    expect(node(added - 1, INGRESS)).toBeUndefined();
    expect(node(added, INGRESS)).toMatchObject({
      kind: 'ingress',
      label: 'default/report-ingress',
      a11y: { key: 'a11y.ingress', params: { name: 'default/report-ingress' } },
    });
    // The Service, added just before the Ingress, stands with it and says its type.
    expect(node(added, SERVICE)).toMatchObject({ kind: 'service', detail: 'ClusterIP' });
    expect(node(events.length - 1, INGRESS)).toBeDefined();
  });

  it('stand in the control plane below the scenario’s own objects, which keep their ids and places', () => {
    const plain = run('').scenes.universe;
    const universe = scenes.universe;
    const byId = new Map(universe.nodes.map((n) => [n.id, n]));
    expect(byId.get(INGRESS)?.parent).toBe('zone:control-plane');
    expect(byId.get(SERVICE)?.parent).toBe('zone:control-plane');
    const lowest = Math.max(
      ...plain.nodes.filter((n) => n.parent === 'zone:control-plane').map((n) => n.y),
    );
    expect(byId.get(INGRESS)!.y).toBeGreaterThan(lowest);
    // No EndpointSlice is made up for the applied Service: its endpoints are not known.
    expect(byId.has('endpointslice:default/report-api')).toBe(false);
    for (const before of plain.nodes) {
      const after = byId.get(before.id);
      expect(after, before.id).toBeDefined();
      // IAM and STS stand below the control plane, which grew; everything else stays put.
      if (before.id === 'zone:services' || before.parent === 'zone:services') continue;
      if (before.id === 'zone:aws') continue;
      expect([after?.x, after?.y], before.id).toEqual([before.x, before.y]);
    }
  });

  it('carry a warning badge with the reason from the Warning event on', () => {
    expect(warned).toBeGreaterThan(added);
    expect(node(warned - 1, INGRESS)?.badge).toBeNull();
    expect(node(warned, INGRESS)).toMatchObject({
      badge: {
        tone: 'bad',
        text: { key: 'badge.warning', params: { reason: 'FailedBuildModel' } },
      },
      a11y: {
        key: 'a11y.ingressWarning',
        params: { name: 'default/report-ingress', reason: 'FailedBuildModel' },
      },
    });
    // The scenario's own Ingress reconciles: it carries no warning.
    expect(node(warned, 'ingress:default/domain-ingress')?.badge).toBeNull();
  });

  it('lose the warning once the controller reconciles them, and leave when deleted', () => {
    const fixed = run(FIX_AND_DELETE, 45_000);
    const at = (index: number) => fixed.scenes.at(index).scene.nodes.find((n) => n.id === INGRESS);
    const warning = ingressEventIndex(fixed.events, 'Warning');
    const reconciled = ingressEventIndex(fixed.events, 'Normal');
    const deleted = watchIndex(fixed.events, 'DELETED');
    expect(warning).toBeGreaterThan(0);
    expect(reconciled).toBeGreaterThan(warning);
    expect(deleted).toBeGreaterThan(reconciled);
    expect(at(reconciled - 1)?.badge?.text.key).toBe('badge.warning');
    expect(at(reconciled)?.badge).toBeNull();
    // Reconciled: no warning, and its status holds the ALB's address.
    expect(at(reconciled)?.a11y.key).toBe('a11y.ingressAddress');
    expect(at(deleted - 1)).toBeDefined();
    expect(at(deleted)).toBeUndefined();
  });
});
