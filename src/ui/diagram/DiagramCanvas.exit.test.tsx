// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { DiagramCanvas } from './DiagramCanvas.tsx';
import { installReactFlowStubs } from './jsdom-flow-stubs.ts';
import { seedPreviewData } from './seed-preview-data.ts';

beforeAll(installReactFlowStubs);
afterEach(cleanup);

const seed = seedPreviewData();
const seedScene = buildScene(sceneInputFromWorld(seed.world, seed.plan));
const POD = 'pod:default/domain-api-1';

/** The seed scene the next step: one pod and its edges are gone. */
const withoutPod: Scene = {
  ...seedScene,
  nodes: seedScene.nodes.filter((n) => n.id !== POD),
  edges: seedScene.edges.filter((e) => e.source !== POD && e.target !== POD),
};

function canvas(scene: Scene, reducedMotion: boolean) {
  return (
    <TranslateContext value={createTranslator('en')}>
      <DiagramCanvas
        scene={scene}
        emphasis={new Set()}
        packet={null}
        reducedMotion={reducedMotion}
        ariaLabel="Diagram"
        onInspect={() => {}}
        onToggleExpand={() => {}}
      />
    </TranslateContext>
  );
}

const nodeOf = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`);
const podButton = () => screen.queryByRole('button', { name: /^Pod default\/domain-api-1,/ });

describe('DiagramCanvas: elements that leave the scene', () => {
  it('keeps a removed pod as a hidden, inert ghost while it fades, then drops it', async () => {
    const { rerender } = render(canvas(seedScene, false));
    expect(podButton()).not.toBeNull();

    rerender(canvas(withoutPod, false));
    const ghost = nodeOf(POD);
    expect(ghost, 'the pod is still drawn while it fades').not.toBeNull();
    expect(ghost?.classList.contains('is-exiting')).toBe(true);
    expect(ghost?.getAttribute('aria-hidden')).toBe('true');
    expect(ghost?.hasAttribute('inert')).toBe(true);
    expect(ghost?.querySelector('button'), 'nothing to focus or click').toBeNull();
    expect(podButton()).toBeNull();

    // The exit animation ends (motion's own frame loop), and the ghost goes. (jsdom cannot
    // measure handles, so React Flow draws no edges here: departures.test.ts covers them.)
    await waitFor(() => expect(nodeOf(POD)).toBeNull());
    // Everything else is as before: the other pod still has its button.
    expect(screen.getByRole('button', { name: /^Pod default\/domain-api-3,/ })).toBeTruthy();
  });

  it('brings a departing element back as itself when it returns before its exit is over', () => {
    const { rerender } = render(canvas(seedScene, false));
    rerender(canvas(withoutPod, false));
    expect(nodeOf(POD)?.classList.contains('is-exiting')).toBe(true);
    rerender(canvas(seedScene, false));
    expect(nodeOf(POD)?.classList.contains('is-exiting')).toBe(false);
    expect(podButton()).not.toBeNull();
  });

  it('removes it at once under reduced motion', () => {
    const { rerender } = render(canvas(seedScene, true));
    expect(nodeOf(POD)).not.toBeNull();
    rerender(canvas(withoutPod, true));
    expect(nodeOf(POD)).toBeNull();
  });
});
