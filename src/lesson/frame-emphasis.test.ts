import { describe, expect, it } from 'vitest';
import { chapterSpecs } from './catalogue.ts';
import { settledFrame, type Frame } from './frame.ts';
import { scenesOf } from './run-scenes.ts';
import { lessonOf } from './lesson.ts';

function frameOf(
  chapter: Parameters<typeof chapterSpecs.get>[0],
  mode: 'instance' | 'ip',
  step: string,
): Frame {
  const lesson = lessonOf(chapterSpecs.get(chapter)!, mode);
  if (!lesson.ok) throw new Error('lesson');
  return settledFrame(
    lesson,
    lesson.steps.findIndex((s) => s.id === step),
  )!;
}

/** What the step's events name, as the scene's ids. */
const named = (frame: Frame) => {
  const scenes = scenesOf(frame.run);
  return new Set(
    frame.step.parts.flatMap((p) =>
      p.kind === 'event' ? p.events.flatMap((e) => scenes.focusOf(e)) : [],
    ),
  );
};

describe("a settled step's emphasis", () => {
  it('marks the nodes a watch lists, not the pods and cards they run (irsa: watching needs no IAM)', () => {
    const frame = frameOf('irsa', 'instance', 'watch-is-rbac');
    const watched = [...named(frame)].filter((id) => id.startsWith('node:'));
    expect(watched.length).toBeGreaterThan(0);
    for (const node of watched) {
      // Not what the step is about (the chapter declares the API server and the ServiceAccount):
      // drawn unfaded, not ringed.
      expect(frame.also.has(node)).toBe(true);
      const inside = frame.scene.nodes.filter((n) => n.parent === node);
      expect(inside.length).toBeGreaterThan(0);
      for (const card of inside)
        // Only the controller's pod, which the watch names too, stays bright on its node.
        expect(frame.dimmed.has(card.id), card.id).toBe(!named(frame).has(card.id));
    }
  });

  it('marks what the calls up to CreateRule made, not what merely came with it (the ALB in the zones)', () => {
    const frame = frameOf('instance-mode', 'instance', 'aws-calls');
    const lastCall = frame.step.parts.at(-1)!;
    expect(lastCall.kind === 'event' && lastCall.events.at(-1)).toMatchObject({
      operation: 'CreateRule',
    });
    // The load balancer's nodes in the subnets appeared in this step, but no call names them.
    const inZones = frame.scene.nodes.filter((n) => n.kind === 'lb-node').map((n) => n.id);
    expect(inZones.length).toBeGreaterThan(0);
    for (const id of inZones) {
      expect(frame.changed.has(id)).toBe(true);
      expect(frame.emphasis.has(id), id).toBe(false);
    }
    // Every mark is something a call named, or a security group a security-group call created.
    const calls = named(frame);
    const groups = new Set(
      frame.scene.nodes.filter((n) => n.kind === 'security-group').map((n) => n.id),
    );
    const marked = [...frame.emphasis, ...frame.also];
    for (const id of marked) expect(calls.has(id) || groups.has(id), id).toBe(true);
    for (const id of ['rule', 'listener', 'load-balancer', 'target-group'])
      expect(marked.some((e) => frame.scene.nodes.find((n) => n.id === e)?.kind === id)).toBe(true);
  });

  it('rings only what a step of many AWS calls ends on; what else it made is unfaded, not ringed', () => {
    for (const mode of ['instance', 'ip'] as const) {
      const frame = frameOf('instance-mode', mode, 'aws-calls');
      const kindOf = (id: string) => frame.scene.nodes.find((n) => n.id === id)?.kind;
      const aws = new Set(['load-balancer', 'listener', 'target-group', 'security-group', 'rule']);
      // The step ends on CreateRule, which the prose tells last: the rule alone is ringed.
      expect([...frame.emphasis].filter((id) => aws.has(kindOf(id) ?? ''))).toEqual([
        'rule:default/domain-ingress/443/1',
      ]);
      const made = [
        'lb:default/domain-ingress',
        'listener:default/domain-ingress/443',
        'tg:default/domain-ingress-location-api:80',
        'sg:default/domain-ingress/managed',
        'sg:default/domain-ingress/backend',
      ];
      for (const id of made) {
        expect(frame.also.has(id), id).toBe(true);
        expect(frame.dimmed.has(id), id).toBe(false);
      }
      // The controller that made them is ringed with the rule.
      expect(frame.emphasis.has('controller')).toBe(true);
    }
  });

  it('rings what a controller step declares it is about (l4-vs-l7: the NLB and the ALB)', () => {
    const frame = frameOf('l4-vs-l7', 'instance', 'aws-calls');
    const kindOf = (id: string) => frame.scene.nodes.find((n) => n.id === id)?.kind;
    const ringed = [...frame.emphasis].filter((id) =>
      ['load-balancer', 'listener', 'target-group', 'security-group'].includes(kindOf(id) ?? ''),
    );
    // With the NLB, the listener its CreateListener made on it (a part of it).
    expect(ringed.sort()).toEqual([
      'lb:api',
      'lb:default/location-nlb',
      'listener:default/location-nlb/80',
    ]);
    expect(frame.also.has('tg:default/location-nlb:80')).toBe(true);
  });

  it('marks the security groups the step created (their calls name the load balancer)', () => {
    const frame = frameOf('instance-mode', 'instance', 'aws-calls');
    const created = frame.scene.nodes.filter(
      (n) => n.kind === 'security-group' && frame.changed.has(n.id),
    );
    expect(created.length).toBeGreaterThan(0);
    for (const group of created)
      expect(frame.emphasis.has(group.id) || frame.also.has(group.id), group.id).toBe(true);
  });

  it('marks the Ingress an apply what-if changes, not the internet client (https-and-groups: group.name moves)', () => {
    const frame = frameOf('https-and-groups', 'ip', 'group-name-moves');
    const apply = frame.step.parts
      .flatMap((p) => (p.kind === 'event' ? p.events : []))
      .find((e) => e.kind === 'action');
    expect(apply).toBeDefined();
    expect(scenesOf(frame.run).focusOf(apply!)).toEqual(['ingress:default/api']);
    expect(frame.emphasis.has('ingress:default/api')).toBe(true);
    expect(frame.emphasis.has('client')).toBe(false);
  });
});

describe('what a settled step rings', () => {
  it('draws the pod a step\'s events touch instead of the node\'s "+N more" that folded it', () => {
    for (const mode of ['instance', 'ip'] as const)
      for (const step of ['rollout-502', 'prestop-drains']) {
        const frame = frameOf('change-over-time', mode, step);
        const marks = [...frame.emphasis, ...frame.also, frame.subject ?? ''];
        expect(
          marks.filter((id) => id.startsWith('more:')),
          `${mode} ${step}`,
        ).toEqual([]);
        // The new pod the Deployment created on domain-api-1's node is drawn and lit.
        const created = 'pod:default/domain-api-bd55xnt6rt-zp8vf';
        expect(
          frame.scene.nodes.some((n) => n.id === created),
          `${mode} ${step}`,
        ).toBe(true);
        expect(frame.dimmed.has(created), `${mode} ${step}`).toBe(false);
      }
  });

  it('rings only what the chapter declares on a step that touched more (irsa oidc-missing)', () => {
    const frame = frameOf('irsa', 'instance', 'oidc-missing');
    expect([...frame.emphasis].sort()).toEqual([...frame.step.focus].sort());
    for (const id of ['apiserver', 'ingressclass:alb', 'service:default/location-api'])
      expect(frame.also.has(id), id).toBe(true);
  });

  it('rings the rules the ModifyRule calls rewrite, not the one they leave (group-order)', () => {
    for (const mode of ['instance', 'ip'] as const) {
      const frame = frameOf('https-and-groups', mode, 'group-order');
      const rewritten = frame.step.parts.flatMap((p) =>
        p.kind === 'event'
          ? p.events
              .filter((e) => e.kind === 'aws-call' && e.operation === 'ModifyRule')
              .flatMap((e) => scenesOf(frame.run).focusOf(e))
              .filter((id) => id.startsWith('rule:'))
          : [],
      );
      expect(new Set(rewritten).size).toBe(2);
      const rings = [...frame.emphasis].filter((id) => id.startsWith('rule:'));
      expect(rings.sort()).toEqual([...new Set(rewritten)].sort());
    }
  });

  it('rings the rule ModifyRule moves and the new group it forwards to (switching-target-type)', () => {
    for (const mode of ['instance', 'ip'] as const) {
      const frame = frameOf('ip-mode', mode, 'switching-target-type');
      expect(frame.emphasis.has('rule:default/domain-ingress/443/1'), mode).toBe(true);
      expect(frame.emphasis.has('tg:default/domain-ingress-location-api:80~2'), mode).toBe(true);
      expect(frame.emphasis.has('tg:default/domain-ingress-location-api:80'), mode).toBe(false);
    }
  });
});
