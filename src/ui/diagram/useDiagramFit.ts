import { useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import { CONTROLS_STRIP, fittedView, WHOLE, type DiagramFit } from './fitted-view.ts';
import { absoluteRects } from './scene-geometry.ts';

export type { DiagramFit } from './fitted-view.ts';

/** The whole scene from the top, centred across; the strip below is left for the zoom controls. */
function wholeView(scene: { width: number; height: number }, width: number, height: number) {
  const room = Math.max(height - CONTROLS_STRIP, height / 2);
  const zoom = Math.min(width / scene.width, room / scene.height) * (1 - 2 * WHOLE.padding);
  return { x: (width - zoom * scene.width) / 2, y: WHOLE.padding * room, zoom };
}

/**
 * Fits the view once the canvas has a size, and again when the step's focus changes (the camera
 * moves between steps; under reduced motion it jumps), not when badges or the packet change.
 * When the whole scene reads at READABLE_ZOOM it is shown whole; otherwise the view fits the
 * emphasised elements with context, or shows the top of the scene at a readable zoom. The
 * fit-view control still shows all. With `whole`, the view fits the scene's full extent (the
 * same at every step of a timeline, so nothing zooms as elements appear) whenever the canvas
 * changes size.
 */
export function useDiagramFit(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
  fit: DiagramFit = 'readable',
  anchor: string | null = null,
  /** Kept in view with the anchor when they fit together (the step's declared focus). */
  together: readonly string[] = [],
  /** React Flow's own box: measured before the first paint, so the first view is already fitted. */
  frame?: RefObject<HTMLElement | null>,
): void {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const focusKey = [...emphasis].sort().join('\n');
  const togetherKey = together.join('\n');
  const fittedFor = useRef<string | null>(null);

  /** The view for a canvas of this size: the whole scene, or the step's focus at a readable zoom. */
  const viewFor = useCallback(
    (width: number, height: number): Viewport => {
      if (fit === 'whole') return wholeView(scene, width, height);
      const focus = focusKey === '' ? [] : focusKey.split('\n');
      const kept = togetherKey === '' ? [] : togetherKey.split('\n');
      return fittedView(fit, scene, rects, focus, anchor, width, height, kept);
    },
    [fit, scene, rects, focusKey, anchor, togetherKey],
  );

  // React Flow learns the canvas's size in effects, which may run after a paint: until then its
  // view is the scene's top-left corner at zoom 1. Until the effects below have fitted the view,
  // each commit measures the pane itself, so no paint shows the cards before they are fitted.
  const fitted = useRef(false);
  useLayoutEffect(() => {
    const box = frame?.current;
    // Its inside (React Flow measures the pane within its border); 0 while not laid out.
    if (fitted.current || !box || box.clientWidth === 0 || box.clientHeight === 0) return;
    const view = viewFor(box.clientWidth, box.clientHeight);
    // Before React Flow's pan and zoom exist (the first commit), only its store holds the view.
    if (store.getState().panZoom) void setViewport(view, { duration: 0 });
    else store.setState({ transform: [view.x, view.y, view.zoom] });
  });

  useEffect(() => {
    if (fit !== 'whole' || width === 0 || height === 0) return;
    fitted.current = true;
    void setViewport(wholeView({ width: scene.width, height: scene.height }, width, height), {
      duration: 0,
    });
  }, [fit, width, height, scene.width, scene.height, setViewport]);

  useEffect(() => {
    if (fit === 'whole' || width === 0 || height === 0) return;
    // A pane not laid out yet is 0 high, which React Flow reports as 500 px: the first fit waits
    // for the real size (it would otherwise be followed by a camera move to the right view).
    const box = frame?.current;
    if (box && (Math.abs(box.clientWidth - width) > 1 || Math.abs(box.clientHeight - height) > 1))
      return;
    const key = `${width}x${height}\n${focusKey}\n${anchor}\n${togetherKey}\n${scene.width}x${scene.height}`;
    if (fittedFor.current === key) return;
    const first = fittedFor.current === null;
    fittedFor.current = key;
    fitted.current = true;
    const duration = first || reducedMotion ? 0 : 450;
    void setViewport(viewFor(width, height), { duration });
  }, [
    fit,
    width,
    height,
    frame,
    focusKey,
    anchor,
    togetherKey,
    scene,
    viewFor,
    setViewport,
    reducedMotion,
  ]);
}
