import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramFlowEdge, DiagramFlowNode } from './diagram-flow-types.ts';
import { fitLabel } from '../../scene/fit-label.ts';
import { cliCondition } from './inspector/describe-actions.ts';
import { absoluteRects } from './scene-geometry.ts';
import { emphasise, toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';
import { ReuseCache } from './reuse-cache.ts';
import { seedPreviewData } from './seed-preview-data.ts';
import { textWidth } from '../../scene/text-width.ts';
import { translateSceneText } from './translate-scene-text.ts';

const seed = seedPreviewData();
const scene = buildScene(sceneInputFromWorld(seed.world, seed.plan));
const t = createTranslator('en');

describe('toFlowNodes', () => {
  const base = toFlowNodes(scene, { reducedMotion: false, t });
  const nodes = emphasise(base, new Set(['listener:default/domain-ingress/443']));

  it('puts every parent before its children and keeps scene ids and relative positions', () => {
    const seen = new Set<string>();
    for (const node of nodes) {
      if (node.parentId) expect(seen.has(node.parentId), node.id).toBe(true);
      seen.add(node.id);
    }
    const listener = nodes.find((n) => n.id === 'listener:default/domain-ingress/443');
    expect(listener).toMatchObject({ parentId: 'lb:default/domain-ingress', extent: 'parent' });
    // Under the card's header and its DNS-name row (three lines: the name is long), a gap apart.
    const address = nodes.find((n) => n.id === 'lb-address:default/domain-ingress');
    expect(address?.position).toEqual({ x: 14, y: 44 });
    expect(address?.height).toBe(38 + 2 * 16);
    expect(listener?.position).toEqual({ x: 14, y: 44 + 38 + 2 * 16 + 12 });
  });

  it('draws containers as parents, zones as plain lanes, and marks emphasis', () => {
    const typeOf = (id: string) => nodes.find((n) => n.id === id)?.type;
    expect(typeOf('lb:default/domain-ingress')).toBe('container');
    expect(typeOf('node:k8s-api-domain')).toBe('container');
    expect(typeOf('pod:default/domain-api-1')).toBe('element');
    const zone = nodes.find((n) => n.id === 'zone:aws');
    expect(zone).toMatchObject({
      type: 'zone',
      focusable: false,
      data: { title: 'AWS Region us-west-2' },
    });
    expect(nodes.find((n) => n.id === 'listener:default/domain-ingress/443')?.className).toBe(
      'is-emphasised',
    );
    expect(nodes.find((n) => n.id === 'client')?.className).toBeUndefined();
  });

  it('replaces only the nodes whose emphasis changed', () => {
    const listener = 'listener:default/domain-ingress/443';
    const tg = 'tg:default/domain-ingress-location-api:80';
    const moved = emphasise(base, new Set([tg]));
    const changed = moved.filter((node, i) => node !== nodes[i]).map((n) => n.id);
    expect(changed.sort()).toEqual([listener, tg].sort());
    expect(moved.find((n) => n.id === tg)?.data).toMatchObject({ emphasis: 'on' });
    // The same emphasis again: the very same objects.
    const again = emphasise(base, new Set([tg]));
    expect(again.every((node, i) => node === moved[i])).toBe(true);
    // Nothing emphasised: the base nodes themselves.
    expect(emphasise(base, new Set()).every((node, i) => node === base[i])).toBe(true);
  });

  it('with a cache, keeps the object of every node whose content did not change', () => {
    const cache = new ReuseCache<DiagramFlowNode>();
    const options = { reducedMotion: false, t };
    const first = toFlowNodes(scene, options, cache);
    const pod = 'pod:default/domain-api-1';
    // The next step: a copy of the scene (new objects) where only one pod's badge changed.
    const next: Scene = {
      ...scene,
      nodes: scene.nodes.map((n) =>
        n.id === pod
          ? { ...n, badge: { tone: 'warn', text: { key: 'badge.pod.terminating', params: {} } } }
          : { ...n },
      ),
    };
    const second = toFlowNodes(next, options, cache);
    expect(second.filter((node, i) => node !== first[i]).map((n) => n.id)).toEqual([pod]);
    // Emphasis on top of reused nodes reuses its emphasised forms too.
    const on = new Set([pod, 'client']);
    const a = emphasise(first, on);
    const b = emphasise(second, on);
    expect(b.filter((node, i) => node !== a[i]).map((n) => n.id)).toEqual([pod]);
  });
});

describe('toFlowEdges', () => {
  it('with a cache, hands back the same edge objects for the same scene', () => {
    const cache = new ReuseCache<DiagramFlowEdge>();
    const first = toFlowEdges(scene, absoluteRects(scene), t, cache);
    const copy = { ...scene, edges: scene.edges.map((e) => ({ ...e })) };
    const second = toFlowEdges(copy, absoluteRects(copy), t, cache);
    expect(second.every((edge, i) => edge === first[i])).toBe(true);
  });

  it('leaves out an edge between a container and its own child, names the others', () => {
    const edges = toFlowEdges(scene, absoluteRects(scene), t);
    expect(
      edges.some(
        (e) => e.source === 'lb:default/domain-ingress' && e.target.startsWith('listener:'),
      ),
    ).toBe(false);
    expect(edges.find((e) => e.id === 'data:client->dns')?.ariaLabel).toBe(
      'Request path: 203.0.113.10 → DNS',
    );
    expect(edges.every((e) => e.data?.path.startsWith('M '))).toBe(true);
  });
});

describe('text', () => {
  it('cuts long names in the middle and keeps their end', () => {
    const name = 'aws-load-balancer-controller-7d9f6c5b8-x2k4p';
    const shown = fitLabel(name, 190, 11.5);
    expect(shown).toMatch(/^aws-load-bal.*….*x2k4p$/);
    expect(textWidth(shown, 11.5)).toBeLessThanOrEqual(190);
    expect(fitLabel('HTTPS:443', 190, 12)).toBe('HTTPS:443');
  });

  it('translates code values and picks the singular form for one', () => {
    expect(
      translateSceneText(t, { key: 'a11y.listener', params: { name: 'HTTP:80', rules: 1 } }),
    ).toBe('Listener HTTP:80, 1 rule');
    expect(
      translateSceneText(t, {
        key: 'a11y.target',
        params: { name: '10.0.1.5:80', state: 'draining' },
      }),
    ).toBe('Target 10.0.1.5:80, draining');
    expect(
      translateSceneText(t, { key: 'a11y.pod', params: { name: 'a/b', state: 'pending', ip: '' } }),
    ).toBe('Pod a/b, pending, IP none');
    expect(translateSceneText(t, { key: 'no.such.key', params: {} })).toBe('no.such.key');
  });
});

describe('describe-rules conditions', () => {
  it('uses the CLI field names, with top-level Values only where the CLI prints them', () => {
    expect(cliCondition({ field: 'path-pattern', values: ['/api/*'] })).toEqual({
      Field: 'path-pattern',
      Values: ['/api/*'],
      PathPatternConfig: { Values: ['/api/*'] },
    });
    expect(
      cliCondition({ field: 'http-header', httpHeaderName: 'X-Env', values: ['blue'] }),
    ).toEqual({
      Field: 'http-header',
      HttpHeaderConfig: { HttpHeaderName: 'X-Env', Values: ['blue'] },
    });
    expect(cliCondition({ field: 'query-string', values: ['v=2', 'beta'] })).toEqual({
      Field: 'query-string',
      QueryStringConfig: { Values: [{ Key: 'v', Value: '2' }, { Value: 'beta' }] },
    });
  });
});

describe("a compact card's second line", () => {
  it("shows a caption in the reader's language where the card has no detail (kube-proxy off the path)", () => {
    const offPath: Scene = {
      ...scene,
      nodes: scene.nodes.map((n) =>
        n.kind === 'kube-proxy'
          ? { ...n, detail: null, caption: { key: 'diagram.kubeProxy.offPath', params: {} } }
          : n,
      ),
    };
    const ko = createTranslator('ko');
    const card = toFlowNodes(offPath, { reducedMotion: false, t: ko }).find(
      (n) => 'kind' in n.data && n.data.kind === 'kube-proxy',
    );
    expect(card?.data).toMatchObject({ detail: ko('diagram.kubeProxy.offPath') });
    expect(ko('diagram.kubeProxy.offPath')).not.toBe(t('diagram.kubeProxy.offPath'));
  });
});
