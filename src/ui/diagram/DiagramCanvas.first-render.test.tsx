// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import { DiagramCanvas } from './DiagramCanvas.tsx';
import { installReactFlowStubs } from './jsdom-flow-stubs.ts';
import { absoluteRects } from './scene-geometry.ts';
import { toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';
import { seedPreviewData } from './seed-preview-data.ts';

beforeAll(installReactFlowStubs);

const seed = seedPreviewData();
const scene = buildScene(sceneInputFromWorld(seed.world, seed.plan));

/**
 * A server render runs no effects: what it prints is what the canvas's first commit draws, before
 * React Flow has measured anything.
 */
function firstRender(): Document {
  const html = renderToString(
    <TranslateContext value={createTranslator('en')}>
      <DiagramCanvas
        scene={scene}
        emphasis={new Set()}
        packet={null}
        reducedMotion
        ariaLabel="Diagram"
        onInspect={() => undefined}
        onToggleExpand={() => undefined}
      />
    </TranslateContext>,
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the canvas’s first render', () => {
  it('already holds every card, visible at its scene size', () => {
    const nodes = [...firstRender().querySelectorAll<HTMLElement>('.react-flow__node')];
    expect(nodes.map((n) => n.dataset.id).sort()).toEqual(scene.nodes.map((n) => n.id).sort());
    for (const node of nodes) {
      const own = scene.nodes.find((n) => n.id === node.dataset.id)!;
      expect(node.style.visibility, node.dataset.id).toBe('visible');
      expect(node.style.width).toBe(`${own.width}px`);
      expect(node.style.height).toBe(`${own.height}px`);
    }
  });

  it('already draws every line between cards (their handles are known without measuring)', () => {
    const drawn = [...firstRender().querySelectorAll('.react-flow__edge')];
    const lines = toFlowEdges(scene, absoluteRects(scene), createTranslator('en'));
    expect(lines.length).toBeGreaterThan(0);
    expect(drawn.map((e) => e.getAttribute('data-id')).sort()).toEqual(
      lines.map((e) => e.id).sort(),
    );
    for (const edge of drawn)
      expect(edge.querySelector('.dg-edge-line')?.getAttribute('d')).toBeTruthy();
  });

  it('gives React Flow every card’s size as measured, so its fit view counts cards it never measures', () => {
    const nodes = toFlowNodes(scene, { reducedMotion: true, t: createTranslator('en') });
    const cards = nodes.filter((n) => n.type !== 'zone');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.measured, card.id).toEqual({ width: card.width, height: card.height });
      expect(card.handles?.map((h) => h.type).sort(), card.id).toEqual(['source', 'target']);
    }
  });
});
