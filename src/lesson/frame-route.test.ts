import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame, type Frame, type OkLesson } from './frame.ts';
import { lessonOf } from './lesson.ts';

/** The packet's route as the frame draws it (§9.2, §9.3, §14: the seed's request, seed 12). */
const lesson = (mode: 'instance' | 'ip'): OkLesson => {
  const built = lessonOf(chapterSpecs.get('instance-mode')!, mode);
  if (!built.ok) throw new Error('instance-mode does not build');
  return built;
};
const frameOf = (l: OkLesson, stepId: string): Frame => {
  const index = l.steps.findIndex((s) => s.id === stepId);
  return settledFrame(l, index)!;
};
const routeEdges = (frame: Frame) => frame.scene.edges.filter((e) => frame.route.has(e.id));

describe('the packet route in the frame', () => {
  it("instance mode: ENI on the NodePort → kube-proxy → the other node's ENI → the pod, drawn", () => {
    const l = lesson('instance');
    const frame = frameOf(l, 'node-to-pod');
    const chosen = frame.run.trace.hops.find((h) => h.at === 'pod')!.name;
    const podNode = frame.run.sceneInput.pods.find(
      (p) => `${p.namespace}/${p.name}` === chosen,
    )!.node!;
    const firstNode = frame.run.trace.hops.find((h) => h.at === 'node')!.name;
    // Seed 12 picks a pod on the other node: the cross-node hop of reference §14 step 6.
    expect(podNode).not.toBe(firstNode);
    const pairs = routeEdges(frame).map((e) => `${e.source} -> ${e.target}`);
    expect(pairs).toContain(`eni:${firstNode} -> kube-proxy:${firstNode}`);
    expect(pairs).toContain(`kube-proxy:${firstNode} -> eni:${podNode}`);
    expect(pairs).toContain(`eni:${podNode} -> pod:${chosen}`);
    const cross = frame.scene.edges.find(
      (e) => e.id === `data:kube-proxy:${firstNode}->eni:${podNode}`,
    );
    expect(cross?.points?.length).toBeGreaterThanOrEqual(2);
    // Off the route, every card fades; on it, none does.
    expect(frame.dimmed.has(`kube-proxy:${firstNode}`)).toBe(false);
    expect(frame.dimmed.has('apiserver')).toBe(true);
  });

  it("ip mode: the target straight to the pod's ENI, no kube-proxy edge, kube-proxy off the path", () => {
    const l = lesson('ip');
    const frame = frameOf(l, 'node-to-pod');
    const route = routeEdges(frame);
    expect(route.length).toBeGreaterThan(3);
    expect(
      route.some((e) => e.source.startsWith('kube-proxy:') || e.target.startsWith('kube-proxy:')),
    ).toBe(false);
    expect(
      frame.scene.edges.some(
        (e) => e.source.startsWith('kube-proxy:') && e.target.startsWith('pod:'),
      ),
    ).toBe(false);
    const chosen = frame.run.trace.hops.find((h) => h.at === 'pod')!.name;
    expect(route.map((e) => e.target)).toContain(`pod:${chosen}`);
    const proxies = frame.scene.nodes.filter((n) => n.kind === 'kube-proxy');
    expect(proxies.length).toBeGreaterThan(0);
    for (const proxy of proxies) {
      expect(proxy.badge?.text.key).toBe('badge.notOnPath');
      expect(frame.dimmed.has(proxy.id)).toBe(true);
    }
  });

  it('a controller step draws no route and no cross-node edge', () => {
    const frame = frameOf(lesson('instance'), 'watch');
    expect(frame.route.size).toBe(0);
    expect(frame.scene.edges.some((e) => e.routeOnly)).toBe(false);
  });
});
