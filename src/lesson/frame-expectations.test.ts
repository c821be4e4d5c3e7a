import { describe, expect, it } from 'vitest';
import type { SceneNode } from '../scene/scene-model.ts';
import { checkExpectations, type CheckedFrame } from './frame-expectations.ts';

const node = (id: string, kind: SceneNode['kind'], extra: Partial<SceneNode> = {}): SceneNode => ({
  id,
  kind,
  parent: null,
  x: 0,
  y: 0,
  width: 10,
  height: 10,
  label: id,
  detail: null,
  badge: null,
  a11y: { key: `a11y.${kind}`, params: {} },
  order: 0,
  ref: null,
  ...extra,
});

const frame: CheckedFrame = {
  scene: {
    width: 100,
    height: 100,
    edges: [],
    nodes: [
      node('lb:default/web', 'load-balancer'),
      node('tg:default/web:80', 'target-group', {
        badge: { tone: 'warn', text: { key: 'badge.healthyOf', params: { healthy: 1, total: 2 } } },
      }),
      node('tg:default/empty:80', 'target-group'),
      node('target:default/web:80/i-1:30080', 'target', {
        a11y: { key: 'a11y.target', params: { state: 'healthy' } },
      }),
      node('target:default/web:80/i-2:30080', 'target'),
      node('pod:default/web-1', 'pod', {
        badge: { tone: 'warn', text: { key: 'badge.pod.terminating', params: {} } },
      }),
      node('pod:default/web-2', 'pod', { detail: '10.0.0.2' }),
      node('ingress:default/bad', 'ingress', {
        badge: {
          tone: 'bad',
          text: { key: 'badge.warning', params: { reason: 'FailedBuildModel' } },
        },
      }),
      node('ingress:default/good', 'ingress'),
      node('sg-node:n1', 'security-group', {
        a11y: { key: 'a11y.sg.node', params: { rules: '30080 ← k8s-traffic-c-1' } },
      }),
    ],
  },
  emphasis: new Set(['tg:default/web:80']),
  also: new Set(['target:default/web:80/i-1:30080']),
};

describe('checkExpectations', () => {
  it('accepts a frame that shows everything declared', () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'lb:default/web' },
          { id: 'tg:default/web:80', healthy: 1, total: 2, emphasised: true },
          { id: 'target:default/web:80/i-1:30080', state: 'healthy' },
          { id: 'pod:default/web-1', state: 'terminating' },
          { id: 'pod:default/gone', absent: true },
        ],
        'instance',
      ),
    ).toEqual([]);
  });

  it('reports an element that is not drawn, or drawn when it should be absent', () => {
    expect(
      checkExpectations(
        frame,
        [{ id: 'listener:default/web/80' }, { id: 'lb:default/web', absent: true }],
        'instance',
      ),
    ).toEqual([
      'listener:default/web/80 is not drawn',
      'lb:default/web is drawn, but should be absent',
    ]);
  });

  it("reports a target's or a pod's other state, or none", () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'target:default/web:80/i-1:30080', state: 'unhealthy' },
          { id: 'target:default/web:80/i-2:30080', state: 'healthy' },
          { id: 'pod:default/web-1', state: 'ready' },
          { id: 'pod:default/web-2', state: 'ready' },
          { id: 'lb:default/web', state: 'active' },
        ],
        'instance',
      ),
    ).toEqual([
      'target:default/web:80/i-1:30080 is healthy, not unhealthy',
      'target:default/web:80/i-2:30080 is shown without a state, not healthy',
      'pod:default/web-1 is terminating, not ready',
      'pod:default/web-2 is shown without a state, not ready',
      'lb:default/web is a load-balancer; only a target or a pod has a state',
    ]);
  });

  it("reports a target group's other counts", () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'tg:default/web:80', healthy: 0 },
          { id: 'tg:default/web:80', total: 3 },
          { id: 'tg:default/empty:80', healthy: 0 },
          { id: 'lb:default/web', healthy: 1 },
        ],
        'instance',
      ),
    ).toEqual([
      'tg:default/web:80 has 1 healthy, not 0',
      'tg:default/web:80 has 2 registered targets, not 3',
      'tg:default/empty:80 shows no count of healthy targets',
      'lb:default/web is a load-balancer; only a target group counts healthy targets',
    ]);
  });

  it("reports a security group's other inbound rules, and rules asked of another kind", () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'sg-node:n1', rules: '30080 ← k8s-traffic-c-1' },
          { id: 'sg-node:n1', rules: '—' },
          { id: 'lb:default/web', rules: '—' },
        ],
        'instance',
      ),
    ).toEqual([
      'sg-node:n1 lets in 30080 ← k8s-traffic-c-1, not —',
      'lb:default/web is a load-balancer; only a security group shows inbound rules',
    ]);
  });

  it('reports what a card says under its name when it says something else', () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'lb:default/web', detail: 'ClusterIP' },
          { id: 'pod:default/web-2', detail: '10.0.0.2' },
        ],
        'instance',
      ),
    ).toEqual(['lb:default/web says nothing, not ClusterIP']);
  });

  it("reports an Ingress's warning badge when it names another reason or is missing", () => {
    expect(
      checkExpectations(
        frame,
        [
          { id: 'ingress:default/bad', warning: 'FailedBuildModel' },
          { id: 'ingress:default/bad', warning: 'FailedDeployModel' },
          { id: 'ingress:default/good', warning: 'FailedBuildModel' },
          { id: 'ingress:default/good', warning: null },
          { id: 'ingress:default/bad', warning: null },
        ],
        'instance',
      ),
    ).toEqual([
      'ingress:default/bad shows warning FailedBuildModel, not FailedDeployModel',
      'ingress:default/good shows no warning, not FailedBuildModel',
      'ingress:default/bad shows warning FailedBuildModel, not none',
    ]);
  });

  it('reports an element that is drawn but not emphasised', () => {
    expect(
      checkExpectations(frame, [{ id: 'lb:default/web', emphasised: true }], 'instance'),
    ).toEqual(['lb:default/web is drawn but not emphasised']);
  });

  it('counts an AWS card the step touched beside what it is about as marked (unfaded)', () => {
    const shows = [{ id: 'target:default/web:80/i-1:30080', emphasised: true as const }];
    expect(checkExpectations(frame, shows, 'instance')).toEqual([]);
  });

  it("skips another mode's declarations and checks the current mode's", () => {
    const shows = [
      { id: 'target:default/web:80/10.0.0.1:8080', mode: 'ip' as const },
      { id: 'target:default/web:80/i-9:30080', mode: 'instance' as const },
    ];
    expect(checkExpectations(frame, shows, 'instance')).toEqual([
      'target:default/web:80/i-9:30080 is not drawn',
    ]);
    expect(checkExpectations(frame, shows, 'ip')).toEqual([
      'target:default/web:80/10.0.0.1:8080 is not drawn',
    ]);
  });
});
