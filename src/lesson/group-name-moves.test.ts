import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../simulator/index.ts';
import { settledFrame } from './frame.ts';
import { scenesOf } from './run-scenes.ts';
import { chapterLesson, stepIndex } from './test-support/chapter-lessons.ts';

/**
 * https-and-groups "group-name-moves": `api` changes group.name to `shop-api`, a group of its own,
 * so the controller creates a new ALB for it (reference §2.4) and writes that ALB's DNS name into
 * `api`'s status (§2.1 step 6), while `shop` drops `api`'s rule.
 */
describe('https-and-groups: an Ingress moves to a group of its own', () => {
  const lesson = chapterLesson('https-and-groups', 'ip');
  const frame = settledFrame(lesson, stepIndex(lesson, 'group-name-moves'))!;
  const node = (id: string) => frame.scene.nodes.find((n) => n.id === id);
  const events = frame.step.parts.flatMap((p) => (p.kind === 'event' ? p.events : []));
  const createdLb = events.find(
    (e): e is Extract<SimEvent, { kind: 'aws-call' }> =>
      e.kind === 'aws-call' && e.operation === 'CreateLoadBalancer',
  );

  it('draws the ALB the step creates, in the network like the first one', () => {
    expect(createdLb?.focus).toContain('lb:shop-api');
    const lb = node('lb:shop-api');
    expect(lb?.label).toBe(createdLb?.request.Name);
    expect(lb?.parent).toBe(node('lb:shop')?.parent);
    const zonesOf = (stack: string) =>
      frame.scene.nodes
        .filter((n) => n.id.startsWith(`lb-node:${stack}@`))
        .map((n) => n.parent)
        .sort();
    expect(zonesOf('shop').length).toBeGreaterThan(0);
    expect(zonesOf('shop-api')).toEqual(zonesOf('shop'));
    for (const id of ['listener:shop-api/80', 'listener:shop-api/443', 'rule:shop-api/443/1'])
      expect(node(id)?.parent, id).toBe('lb:shop-api');
    // Its managed group stands with it; its rule is wired to api's new target group.
    expect(node('sg:shop-api/managed')).toBeDefined();
    expect(
      frame.scene.edges.some(
        (e) => e.source === 'rule:shop-api/443/1' && e.target === 'tg:default/api-api:80~2',
      ),
    ).toBe(true);
    expect(frame.subjects).toContain('lb:shop-api');
    // The Ingress is far from the new ALB: the camera stands on the ALB the prose introduces.
    expect(frame.subject).toBe('lb:shop-api');
  });

  it("ends as api's status takes the new ALB's DNS name, after the new ALB is created", () => {
    const last = events.at(-1);
    expect(last?.kind).toBe('status-updated');
    expect(last?.focus).toEqual(['ingress:default/api']);
    expect(events.indexOf(createdLb!)).toBeLessThan(events.length - 1);
  });

  it("draws the shared backend group under the new ALB only once the ALB's own group exists", () => {
    const scenes = scenesOf(frame.run);
    const own = frame.run.events.findIndex(
      (e) =>
        e.kind === 'aws-call' &&
        e.operation === 'CreateSecurityGroup' &&
        e.focus.includes('lb:shop-api'),
    );
    const drawn = (index: number, id: string) =>
      scenes.at(index).scene.nodes.some((n) => n.id === id);
    // The backend group itself was made with shop's first model, long before.
    expect(drawn(own - 1, 'sg:shop/backend')).toBe(true);
    expect(drawn(own - 1, 'sg:shop-api/backend')).toBe(false);
    expect(drawn(own, 'sg:shop-api/managed')).toBe(true);
    expect(drawn(own, 'sg:shop-api/backend')).toBe(true);
  });

  it("shows the moved Ingress with the new ALB's DNS name once the controller writes its status", () => {
    const written = events.filter(
      (e) => e.kind === 'status-updated' && e.object === 'Ingress default/api',
    );
    expect(written.length).toBe(1);
    const dns = node('lb-address:shop-api')?.label;
    expect(dns).toBeDefined();
    expect(written[0]?.kind === 'status-updated' && written[0].hostname).toBe(dns);
    expect(node('ingress:default/api')?.detail).toBe(dns);
    expect(node('ingress:default/storefront')?.detail).toBe(node('lb-address:shop')?.label);
  });

  it("marks the default action a ModifyListener rewrote (port 80's redirect back to a 404), not one it kept", () => {
    const scenes = scenesOf(frame.run);
    const modified = (port: number) =>
      frame.run.events.findIndex(
        (e) =>
          e.kind === 'aws-call' &&
          e.operation === 'ModifyListener' &&
          e.focus.includes(`listener:shop/${port}`),
      );
    const row = (port: number) => `default-action:shop/${port}`;
    const label = (index: number, port: number) =>
      scenes.at(index).scene.nodes.find((n) => n.id === row(port))?.label;
    expect(label(modified(80) - 1, 80)).not.toBe(label(modified(80), 80));
    expect(scenes.at(modified(80)).emphasis.has(row(80))).toBe(true);
    expect(label(modified(443) - 1, 443)).toBe(label(modified(443), 443));
    expect(scenes.at(modified(443)).emphasis.has(row(443))).toBe(false);
    expect(scenes.at(modified(443)).emphasis.has('listener:shop/443')).toBe(true);
  });

  it('marks the moved Ingress and the new ALB, not the members that stay in shop', () => {
    for (const id of ['ingress:default/api', 'lb:shop-api', 'rule:shop-api/443/1'])
      expect(frame.emphasis.has(id), id).toBe(true);
    for (const id of ['ingress:default/storefront', 'ingress:default/web-admin']) {
      // The controller names them (their group is rebuilt), but the step is not about them.
      expect(
        events.some((e) => e.focus.includes(id)),
        id,
      ).toBe(true);
      expect(frame.emphasis.has(id), id).toBe(false);
      expect(frame.dimmed.has(id), id).toBe(true);
    }
  });
});
