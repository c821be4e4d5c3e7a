import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  parseActions,
  parseManifests,
  reconcile,
  simulate,
  traceRequest,
} from '../simulator/index.ts';
import { buildScene } from './build-scene.ts';
import { buildPacketTimeline } from './packet-timeline.ts';
import { sceneInputFromWorld } from './scene-input-from-world.ts';
import { timelineScenes } from './timeline-scene.ts';

/** A Service of type LoadBalancer the controller leaves alone (no webhook): the in-tree CLB (§7). */
const node = (name: string, zone: string, id: string, ip: string) => `---
apiVersion: v1
kind: Node
metadata: {name: ${name}, labels: {topology.kubernetes.io/zone: ${zone}}}
spec: {providerID: 'aws:///${zone}/${id}'}
status: {addresses: [{type: InternalIP, address: ${ip}}], conditions: [{type: Ready, status: 'True'}]}
`;
const manifests = `apiVersion: sim/v1
kind: SimulatorSettings
spec: {flags: {serviceMutatorWebhook: false}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: default, uid: 0b7c6d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{name: http, protocol: TCP, port: 80, targetPort: 8080, nodePort: 30080}]
${node('node-a', 'us-west-2a', 'i-0aaaaaaaaaaaaaaaa', '10.0.1.10')}${node('node-b', 'us-west-2b', 'i-0bbbbbbbbbbbbbbbb', '10.0.2.20')}---
apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: default, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: web, ports: [{containerPort: 8080}]}]}
status: {phase: Running, podIP: 10.0.1.101, conditions: [{type: ContainersReady, status: 'True'}, {type: Ready, status: 'True'}]}
`;

const parsed = parseManifests([{ name: 'clb.yaml', text: manifests }]);
if (!parsed.ok) throw new Error('clb.yaml');
const world = buildWorld(parsed.value);
const reconciled = reconcile(world);
const input = sceneInputFromWorld(world, reconciled.plan);
const scene = buildScene(input);
const ids = new Set(scene.nodes.map((n) => n.id));
const group = 'in-tree:default/web:80';

describe('the in-tree Classic Load Balancer', () => {
  it('is in the plan as the only load balancer, and not the controller’s', () => {
    expect(reconciled.plan.loadBalancers).toEqual([]);
    expect(reconciled.plan.inTreeLoadBalancers?.map((lb) => lb.type)).toEqual(['classic']);
  });

  it('draws the CLB with its listener and every node’s instance on the NodePort, in the AWS column', () => {
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'lb:default/web',
        'listener:default/web/80',
        `tg:${group}`,
        `target:${group}/node-a:30080`,
        `target:${group}/node-b:30080`,
      ]),
    );
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    expect(byId.get('lb:default/web')).toMatchObject({
      parent: 'vpc',
      detail: 'classic · internet-facing',
      a11y: { key: 'a11y.loadBalancer.classic' },
      ref: { type: 'service', key: 'default/web' },
    });
    // Not a target group: a CLB registers the EC2 instances on its listener itself (§7).
    expect(byId.get(`tg:${group}`)).toMatchObject({
      kind: 'registered-instances',
      parent: 'vpc',
      label: 'Registered instances',
      detail: 'TCP:30080',
      badge: null,
      a11y: {
        key: 'a11y.inTreeInstances',
        params: { name: 'default/web:80', nodePort: 30080, total: 2 },
      },
    });
    expect(
      scene.nodes.filter((n) => n.parent === `tg:${group}`).map((n) => [n.kind, n.label, n.detail]),
    ).toEqual([
      ['instance', 'i-0aaaaaaaaaaaaaaaa:30080', 'node-a'],
      ['instance', 'i-0bbbbbbbbbbbbbbbb:30080', 'node-b'],
    ]);
    expect(scene.nodes.some((n) => n.kind === 'target-group' || n.kind === 'target')).toBe(false);
  });

  it('draws no controller credentials in a cluster without the controller', () => {
    for (const id of ['controller', 'serviceaccount', 'iam', 'sts', 'oidc'])
      expect(ids.has(id), id).toBe(false);
  });

  it("wires listener → instances → the nodes' ENIs → kube-proxy, and no controller call to the CLB", () => {
    const edges = new Set(scene.edges.map((e) => `${e.kind}:${e.source}->${e.target}`));
    expect(edges).toContain(`data:listener:default/web/80->tg:${group}`);
    expect(edges).toContain(`data:target:${group}/node-b:30080->eni:node-b`);
    expect(edges).toContain('data:eni:node-b->kube-proxy:node-b');
    expect(edges).toContain('data:client->lb:default/web');
    expect([...edges].some((e) => e.startsWith('api:controller->lb:'))).toBe(false);
  });

  it('moves the packet along drawn elements: CLB, listener, the picked instance, its node, kube-proxy, the pod', () => {
    const dns = reconciled.plan.inTreeLoadBalancers![0]!.dnsName;
    for (const seed of [1, 2, 3, 12]) {
      const trace = traceRequest(world, { url: `http://${dns}/`, seed }, reconciled);
      expect(trace.status).toBe(200);
      const timeline = buildPacketTimeline(trace);
      for (const s of timeline.segments) expect(ids.has(s.to), s.to).toBe(true);
      const to = timeline.segments.filter((s) => s.direction === 'request').map((s) => s.to);
      const picked = trace.hops.find((h) => h.at === 'node')!.name;
      expect(to.slice(0, 6)).toEqual([
        'dns',
        'client',
        'lb:default/web',
        'listener:default/web/80',
        `target:${group}/${picked}:30080`,
        `node:${picked}`,
      ]);
      expect(to).toContain(`kube-proxy:${picked}`);
      expect(to.at(-1)).toBe('pod:default/web-1');
    }
  });

  it('stands on every step of the controller’s timeline: the controller never creates it', () => {
    const actions = parseActions({ name: 'a', text: '' });
    if (!actions.ok) throw new Error('actions');
    const { events } = simulate(world, actions.value, { untilMs: 30_000 });
    const scenes = timelineScenes(input, events);
    for (const index of [-1, 0, events.length - 1]) {
      const shown = new Set(scenes.at(index).scene.nodes.map((n) => n.id));
      for (const id of ['lb:default/web', 'listener:default/web/80', `tg:${group}`])
        expect(shown.has(id), `${id} at ${index}`).toBe(true);
      expect(shown.has(`target:${group}/node-a:30080`)).toBe(true);
    }
  });
});
