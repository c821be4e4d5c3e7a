import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramActions } from './diagram-actions.ts';
import type { Rect } from './scene-geometry.ts';

/**
 * The buttons' actions: activate calls `onInspect` (or `onToggleExpand` with the group's id for
 * "+N more"); reveal pans a focused element into view when Tab reaches one outside it.
 */
export function useDiagramActions(
  scene: Scene,
  rects: ReadonlyMap<string, Rect>,
  handlers: { onInspect: (id: string) => void; onToggleExpand: (id: string) => void },
  reducedMotion: boolean,
): DiagramActions {
  const { onInspect, onToggleExpand } = handlers;
  const { getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();

  const activate = useCallback(
    (id: string) => {
      const node = scene.nodes.find((n) => n.id === id);
      if (!node || node.kind === 'zone') return;
      if (node.kind === 'more') onToggleExpand(node.parent ?? '');
      else onInspect(id);
    },
    [scene, onInspect, onToggleExpand],
  );

  const reveal = useCallback(
    (id: string) => {
      const rect = rects.get(id);
      if (!rect) return;
      const { width, height } = store.getState();
      const { x, y, zoom } = getViewport();
      const left = rect.x * zoom + x;
      const top = rect.y * zoom + y;
      const inside =
        left >= 0 &&
        top >= 0 &&
        left + Math.min(rect.width * zoom, width) <= width &&
        top + Math.min(rect.height * zoom, height) <= height;
      if (inside) return;
      void setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom,
        duration: reducedMotion ? 0 : 200,
      });
    },
    [rects, store, getViewport, setCenter, reducedMotion],
  );

  return useMemo(() => ({ activate, reveal }), [activate, reveal]);
}
