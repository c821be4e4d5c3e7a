import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import { CONTROLS_STRIP, fittedView, WHOLE, type DiagramFit } from './fitted-view.ts';
import { absoluteRects } from './scene-geometry.ts';

export type { DiagramFit } from './fitted-view.ts';

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
): void {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const focusKey = [...emphasis].sort().join('\n');
  const togetherKey = together.join('\n');
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
    if (fit === 'whole' || width === 0 || height === 0) return;
    const key = `${width}x${height}\n${focusKey}\n${anchor}\n${togetherKey}\n${scene.width}x${scene.height}`;
    if (fittedFor.current === key) return;
    const first = fittedFor.current === null;
    fittedFor.current = key;
    const duration = first || reducedMotion ? 0 : 450;
    const focus = focusKey === '' ? [] : focusKey.split('\n');
    const kept = togetherKey === '' ? [] : togetherKey.split('\n');
    void setViewport(fittedView(fit, scene, rects, focus, anchor, width, height, kept), {
      duration,
    });
  }, [fit, width, height, focusKey, anchor, togetherKey, scene, rects, setViewport, reducedMotion]);
}
