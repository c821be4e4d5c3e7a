import { useMemo } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { absoluteRects } from './scene-geometry.ts';
import { toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';

/**
 * React Flow nodes and edges for a scene, recomputed only when the scene, the emphasised ids
 * (compared by content, not by Set identity), the motion preference or the language change.
 */
export function useDiagramElements(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
) {
  const t = useTranslate();
  const emphasisKey = [...emphasis].sort().join('\n');
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const nodes = useMemo(
    () =>
      toFlowNodes(scene, {
        emphasis: new Set(emphasisKey === '' ? [] : emphasisKey.split('\n')),
        reducedMotion,
        t,
      }),
    [scene, emphasisKey, reducedMotion, t],
  );
  const edges = useMemo(() => toFlowEdges(scene, rects, t), [scene, rects, t]);
  return { nodes, edges, rects };
}
