// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../i18n/locales.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { DiagramCanvas } from './DiagramCanvas.tsx';
import { Inspector } from './Inspector.tsx';
import { installReactFlowStubs } from './jsdom-flow-stubs.ts';
import { seedPreviewData } from './seed-preview-data.ts';

beforeAll(installReactFlowStubs);
afterEach(cleanup);

const seed = seedPreviewData();
const seedScene = buildScene(sceneInputFromWorld(seed.world, seed.plan));
const TG = 'tg:default/domain-ingress-location-api:80';

function renderCanvas(
  scene: Scene,
  locale: Locale = 'en',
  handlers = { onInspect: vi.fn(), onToggleExpand: vi.fn() },
) {
  render(
    <TranslateContext value={createTranslator(locale)}>
      <DiagramCanvas
        scene={scene}
        emphasis={new Set([TG])}
        packet={null}
        reducedMotion
        ariaLabel="Diagram"
        {...handlers}
      />
    </TranslateContext>,
  );
  return handlers;
}

describe('DiagramCanvas', () => {
  it('gives the target group, the ingress and a pod the names people and tests use', () => {
    renderCanvas(seedScene, 'en');
    expect(
      screen.getByRole('button', {
        name: 'Target group default/domain-ingress-location-api:80, 2 healthy targets',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ingress default/domain-ingress' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Pod default/domain-api-1, ready, IP 10.0.1.101' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Listener HTTPS:443, 1 rule' })).toBeTruthy();
    cleanup();
    renderCanvas(seedScene, 'ko');
    expect(
      screen.getByRole('button', {
        name: '대상 그룹 default/domain-ingress-location-api:80, 정상 대상 2개',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '노드 k8s-api-domain, 준비됨' })).toBeTruthy();
  });

  it('keeps zones out of the Tab order, nests no control in another, orders Tab by the scene', () => {
    renderCanvas(seedScene);
    const buttons = screen.getAllByRole('button').filter((b) => b.dataset.id !== undefined);
    for (const button of buttons)
      expect(
        button.querySelector('button, a, input, [tabindex="0"]'),
        button.dataset.id,
      ).toBeNull();
    expect(document.querySelector('[data-id="zone:aws"]')?.getAttribute('tabindex')).toBeNull();
    const order = new Map(seedScene.nodes.map((n) => [n.id, n.order]));
    const tabbed = buttons.map((b) => order.get(b.dataset.id ?? '') ?? -1);
    expect(tabbed).toEqual([...tabbed].sort((a, b) => a - b));
  });

  it('inspects an element on Enter, Space and click', () => {
    const { onInspect } = renderCanvas(seedScene);
    const tg = screen.getByRole('button', { name: /^Target group / });
    fireEvent.keyDown(tg, { key: 'Enter' });
    expect(onInspect).toHaveBeenLastCalledWith(TG);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Ingress / }), { key: ' ' });
    expect(onInspect).toHaveBeenLastCalledWith('ingress:default/domain-ingress');
    fireEvent.click(screen.getByRole('button', { name: /^Pod default\/domain-api-3/ }));
    expect(onInspect).toHaveBeenLastCalledWith('pod:default/domain-api-3');
  });

  it('expands a "+N more" group with the id of the group, not the more element', () => {
    const crowded = {
      ...seed.world,
      pods: [
        ...seed.world.pods,
        ...Array.from({ length: 8 }, (_, i) => ({
          ...seed.world.pods[1]!,
          meta: { ...seed.world.pods[1]!.meta, name: `extra-${i}` },
          podIP: `10.0.1.${200 + i}`,
        })),
      ],
    };
    const scene = buildScene(sceneInputFromWorld(crowded, seed.plan));
    const { onInspect, onToggleExpand } = renderCanvas(scene);
    const more = screen.getByRole('button', { name: 'Show 6 more' });
    expect(more.closest('.react-flow__node')?.textContent).toContain('+6 more');
    fireEvent.keyDown(more, { key: 'Enter' });
    expect(onToggleExpand).toHaveBeenLastCalledWith('node:k8s-api-domain');
    fireEvent.click(more);
    expect(onToggleExpand).toHaveBeenCalledTimes(2);
    expect(onInspect).not.toHaveBeenCalled();
  });
});

describe('Inspector', () => {
  const renderInspector = (id: string, onClose = vi.fn()) => {
    render(
      <TranslateContext value={createTranslator('en')}>
        <Inspector id={id} scene={seedScene} data={seed} onClose={onClose} />
      </TranslateContext>,
    );
    return within(screen.getByRole('dialog'));
  };

  it('shows describe-target-health with both targets of the seed target group, and their table', () => {
    const panel = renderInspector(TG);
    const health = panel.getByRole('region', { name: /^aws elbv2 describe-target-health / });
    const output: unknown = JSON.parse(health.textContent ?? '');
    expect(output).toEqual({
      TargetHealthDescriptions: [
        {
          Target: { Id: 'i-0aaaaaaaaaaaaaaaa', Port: 31666 },
          HealthCheckPort: '31666',
          TargetHealth: { State: 'healthy' },
        },
        {
          Target: { Id: 'i-0bbbbbbbbbbbbbbbb', Port: 31666 },
          HealthCheckPort: '31666',
          TargetHealth: { State: 'healthy' },
        },
      ],
    });
    const table = panel.getByRole('table', { name: 'Health of each target (2)' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(panel.getByRole('region', { name: /describe-target-groups/ }).textContent).toContain(
      '"TargetGroupName": "k8s-default-location-f602f5148a"',
    );
    expect(panel.getByRole('heading', { level: 3, name: /Timeline events/ })).toBeTruthy();
  });

  it('shows the Ingress as YAML, read back to the very manifest', () => {
    const panel = renderInspector('ingress:default/domain-ingress');
    expect(panel.getByRole('heading', { level: 2 }).textContent).toBe(
      'Ingress default/domain-ingress',
    );
    const yaml = panel.getByRole('region', { name: 'default/domain-ingress' }).textContent ?? '';
    expect(yaml).toContain('kind: Ingress');
    expect(parse(yaml)).toEqual(seed.world.ingresses[0]?.raw);
  });
});
