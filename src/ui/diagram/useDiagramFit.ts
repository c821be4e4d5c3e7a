import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Scene } from '../../scene/scene-model.ts';

/** The smallest zoom at which the cards' text stays readable. */
export const READABLE_ZOOM = 0.7;
// A small margin: on a laptop the seed scene is as wide as the canvas, and every pixel is text size.
const WHOLE = { padding: 0.015, maxZoom: 1.1 } as const;
const MARGIN = 16;
/** Height kept free under a whole-scene fit for the horizontal zoom controls. */
const CONTROLS_STRIP = 40;

/**
 * How the view is fitted: `readable` (the chapter page) never zooms out below READABLE_ZOOM;
 * `whole` (side-by-side halves) always shows the whole scene, its full extent at every step.
 */
export type DiagramFit = 'readable' | 'whole';

/**
 * Fits the view once the canvas has a size, and again when elements appear or disappear (a group
 * expands, a mode adds or drops kube-proxy) — not when badges, emphasis or the packet change. When
 * the whole scene would be too small to read (a phone, a 100-pod cluster), it fits the emphasised
 * elements instead, or shows the top at a readable zoom; the fit-view control still shows all.
 * With `whole`, the view fits the scene's full extent (the same at every step of a timeline, so
 * nothing zooms as elements appear) whenever the canvas changes size.
 */
export function useDiagramFit(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
  fit: DiagramFit = 'readable',
): void {
  const { fitView, setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const idsKey = useMemo(
    () =>
      scene.nodes
        .map((n) => n.id)
        .sort()
        .join('\n'),
    [scene],
  );
  const focusKey = [...emphasis].sort().join('\n');
  const fittedFor = useRef<string | null>(null);

  useEffect(() => {
    if (fit !== 'whole' || width === 0 || height === 0) return;
    // From the top, centred across; the strip below is left for the zoom controls.
    const room = Math.max(height - CONTROLS_STRIP, height / 2);
    const zoom = Math.min(width / scene.width, room / scene.height) * (1 - 2 * WHOLE.padding);
    const x = (width - zoom * scene.width) / 2;
    void setViewport({ x, y: WHOLE.padding * room, zoom }, { duration: 0 });
  }, [fit, width, height, scene.width, scene.height, setViewport]);

  useEffect(() => {
    // React Flow queues a fit until the nodes are measured.
    if (fit === 'whole' || width === 0 || height === 0 || fittedFor.current === idsKey) return;
    const first = fittedFor.current === null;
    fittedFor.current = idsKey;
    const duration = first || reducedMotion ? 0 : 300;
    const wholeZoom = Math.min(width / scene.width, height / scene.height);
    const focus = focusKey === '' ? [] : focusKey.split('\n');
    if (wholeZoom >= READABLE_ZOOM) void fitView({ ...WHOLE, duration });
    else if (focus.length > 0)
      void fitView({
        nodes: focus.map((id) => ({ id })),
        padding: 0.25,
        minZoom: READABLE_ZOOM,
        maxZoom: 1,
        duration,
      });
    else if (first) {
      // Tall or wide scenes: as wide as still readable, from the top; the reader pans on (and an
      // expanded group later leaves the view where the reader took it).
      const zoom = Math.min(1, Math.max(READABLE_ZOOM, (0.96 * width) / scene.width));
      const x = zoom * scene.width < width ? (width - zoom * scene.width) / 2 : MARGIN;
      void setViewport({ x, y: MARGIN, zoom }, { duration });
    }
  }, [fit, width, height, idsKey, focusKey, scene, fitView, setViewport, reducedMotion]);
}
