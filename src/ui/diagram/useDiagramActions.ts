import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramActions } from './diagram-actions.ts';
import type { Rect } from './scene-geometry.ts';

interface Latest {
  scene: Scene;
  rects: ReadonlyMap<string, Rect>;
  onInspect: (id: string) => void;
  onToggleExpand: (id: string) => void;
  reducedMotion: boolean;
}

/**
 * The buttons' actions: activate calls `onInspect` (or `onToggleExpand` with the group's id for
 * "+N more"); reveal pans a focused element into view when Tab reaches one outside it. They read
 * the latest scene when called, so the object keeps its identity across steps (the context that
 * carries it would otherwise re-render all the nodes at every step).
 */
export function useDiagramActions(
  scene: Scene,
  rects: ReadonlyMap<string, Rect>,
  handlers: { onInspect: (id: string) => void; onToggleExpand: (id: string) => void },
  reducedMotion: boolean,
  departed: DiagramActions['departed'],
): DiagramActions {
  const { onInspect, onToggleExpand } = handlers;
  const { getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();
  const latest = useRef<Latest>({ scene, rects, onInspect, onToggleExpand, reducedMotion });
  useLayoutEffect(() => {
    latest.current = { scene, rects, onInspect, onToggleExpand, reducedMotion };
  });

  return useMemo(() => {
    const activate = (id: string) => {
      const { scene, onInspect, onToggleExpand } = latest.current;
      const node = scene.nodes.find((n) => n.id === id);
      if (!node || node.kind === 'zone') return;
      if (node.kind === 'more') onToggleExpand(node.parent ?? '');
      else onInspect(id);
    };
    const reveal = (id: string) => {
      const { rects, reducedMotion } = latest.current;
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
    };
    return { activate, reveal, departed };
  }, [store, getViewport, setCenter, departed]);
}
