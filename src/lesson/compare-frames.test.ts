import { describe, expect, it } from 'vitest';
import { hopElementId, routeElementOf } from '../scene/packet-timeline.ts';
import { chapterSpecs } from './catalogue.ts';
import { controllerFacts } from './compare-controller.ts';
import { compareMoments, momentsOf, sideFrame, type CompareMoment } from './compare-frames.ts';
import type { OkLesson } from './frame.ts';
import { lessonOf } from './lesson.ts';

const lesson = (mode: 'instance' | 'ip'): OkLesson => {
  const built = lessonOf(chapterSpecs.get('instance-mode')!, mode);
  if (!built.ok) throw new Error(`instance-mode does not build in ${mode} mode`);
  return built;
};
const lessons = [lesson('instance'), lesson('ip')] as const;
const runs = [lessons[0].runs.main!, lessons[1].runs.main!] as const;
const moments = compareMoments(runs);
const at = (name: CompareMoment['moment']) => {
  const found = moments.find((m) => m.moment === name);
  if (!found) throw new Error(`no moment ${name}`);
  return found;
};

describe('compare moments: the two modes lined up by what happens, not by hop number', () => {
  it('has the NAT, the second node and the undone NAT only in instance mode (§9.2, §9.3)', () => {
    expect(moments.map((m) => m.moment)).toEqual([
      'target-group',
      'node',
      'nat',
      'other-node',
      'pod',
      'un-nat',
      'client',
    ]);
    for (const name of ['nat', 'other-node', 'un-nat'] as const) {
      expect(at(name).sides[0].segment).not.toBeNull();
      expect(at(name).sides[1].segment).toBeNull();
    }
    expect(at('nat').sides[0].segment!.hop.at).toBe('kube-proxy');
    expect(at('nat').sides[0].segment!.hop.before).toBeDefined();
  });

  it('puts hops of the same kind side by side, though they are at different hop numbers', () => {
    for (const name of ['target-group', 'node', 'pod', 'client'] as const) {
      const [instance, ip] = at(name).sides;
      expect(instance.segment?.hop.at, name).toBe(ip.segment?.hop.at);
      expect(instance.segment?.direction, name).toBe(ip.segment?.direction);
    }
    // By hop number, the pod's hop in ip mode would face something else in instance mode
    // (kube-proxy and the second node come first there).
    const [instancePod, ipPod] = at('pod').sides;
    expect(instancePod.segment!.index).toBeGreaterThan(ipPod.segment!.index);
    expect(runs[0].timeline.segments[ipPod.segment!.index]!.hop.at).not.toBe('pod');
  });

  it('shows each side the settled frame of its own hop: the packet arrived there', () => {
    for (const moment of moments)
      moment.sides.forEach((side, k) => {
        const frame = sideFrame(lessons[k]!, side)!;
        expect(frame.settled).toBe(true);
        const segment = runs[k]!.timeline.segments[side.shows]!;
        expect(frame.part.kind === 'packet' && frame.part.segment).toBe(segment);
        const element = hopElementId(segment.hop, runs[k]!.trace);
        expect([element, routeElementOf(element)]).toContain(frame.packet?.to);
        expect(frame.packet?.progress).toBe(1);
      });
  });

  it('holds ip mode on the node at the NAT: the packet goes on to the pod, kube-proxy faded', () => {
    const ip = at('nat').sides[1];
    const shown = runs[1].timeline.segments[ip.shows]!;
    expect(shown.hop.at).toBe('node');
    expect(runs[1].timeline.segments[ip.shows + 1]!.hop.at).toBe('pod');
    // On the way back, it stands on the node too: the answer leaves with the pod's address.
    const back = runs[1].timeline.segments[at('un-nat').sides[1].shows]!;
    expect([back.hop.at, back.direction]).toEqual(['node', 'response']);
    const pod = runs[1].trace.hops.find((h) => h.at === 'pod')!;
    expect(back.hop.src).toBe(pod.dst);
    const frame = sideFrame(lessons[1], ip)!;
    const kubeProxy = frame.scene.nodes.find((n) => n.kind === 'kube-proxy')!;
    expect(frame.dimmed.has(kubeProxy.id)).toBe(true);
  });

  it('tells an in-tree load balancer picking a node as the target-group moment', () => {
    const run = lessonOf(chapterSpecs.get('without-controller')!, 'instance');
    if (!run.ok) throw new Error('without-controller does not build');
    const segments = run.runs.main!.timeline.segments;
    const picked = momentsOf(segments).indexOf('target-group');
    expect(segments[picked]!.hop.at).toBe('clb');
    expect(segments[picked]!.hop.before).toBeDefined();
  });
});

describe('controller facts: what the controller set up differently, from its outputs', () => {
  const [instance, ip] = [controllerFacts(runs[0]), controllerFacts(runs[1])];

  it('registers instances on the NodePort, or pod IPs on the pod port (§2.3, §6)', () => {
    expect(instance.targetType).toBe('instance');
    expect(ip.targetType).toBe('ip');
    expect(instance.targets.every((id) => id.startsWith('i-'))).toBe(true);
    const pods = runs[1].sceneInput.pods.map((p) => p.ip);
    expect(ip.targets.length).toBeGreaterThan(0);
    expect(ip.targets.every((id) => pods.includes(id))).toBe(true);
    const service = runs[0].world.services.find((s) => s.ports.some((p) => p.nodePort));
    const nodePorts = service!.ports.map((p) => p.nodePort);
    expect(nodePorts).toContain(instance.ports[0]);
    expect(nodePorts).not.toContain(ip.ports[0]);
  });

  it('opens the target port on the targets’ group from the shared backend group', () => {
    expect(instance.rules).toHaveLength(1);
    expect(ip.rules).toHaveLength(1);
    expect(instance.rules[0]!.ports).toEqual(instance.ports);
    expect(ip.rules[0]!.ports).toEqual(ip.ports);
    for (const facts of [instance, ip])
      expect(facts.rules[0]!.from.every((g) => g.startsWith('k8s-traffic-'))).toBe(true);
  });
});
