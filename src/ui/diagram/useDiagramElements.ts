import { useMemo } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramFlowEdge, DiagramFlowNode } from './diagram-flow-types.ts';
import { ReuseCache } from './reuse-cache.ts';
import { absoluteRects } from './scene-geometry.ts';
import { emphasise, toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';
import { useDepartures } from './useDepartures.ts';

/**
 * React Flow nodes and edges for a scene. On a new step only the elements whose content or
 * highlight changed get new objects (the others are handed back from a per-canvas cache), so
 * React Flow and the memoised node components skip them. Elements that left the scene linger
 * as fading ghosts until their exit is over (`departed`).
 */
export function useDiagramElements(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
  route: ReadonlySet<string> = new Set(),
  dimmed: ReadonlySet<string> = new Set(),
) {
  const t = useTranslate();
  const emphasisKey = [...emphasis].sort().join('\n');
  const dimmedKey = [...dimmed].sort().join('\n');
  const routeKey = [...route].sort().join('\n');
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  // New caches when the language or the motion preference change: every element is rebuilt.
  const nodeBuild = useMemo(
    () => ({ options: { reducedMotion, t }, cache: new ReuseCache<DiagramFlowNode>() }),
    [reducedMotion, t],
  );
  const edgeBuild = useMemo(() => ({ t, cache: new ReuseCache<DiagramFlowEdge>() }), [t]);
  const base = useMemo(
    () => toFlowNodes(scene, nodeBuild.options, nodeBuild.cache),
    [scene, nodeBuild],
  );
  const split = (key: string) => new Set(key === '' ? [] : key.split('\n'));
  const emphasised = useMemo(
    () => emphasise(base, split(emphasisKey), split(dimmedKey)),
    [base, emphasisKey, dimmedKey],
  );
  const sceneEdges = useMemo(
    () => toFlowEdges(scene, rects, edgeBuild.t, edgeBuild.cache, split(routeKey)),
    [scene, rects, edgeBuild, routeKey],
  );
  const { nodes, edges, departed } = useDepartures(emphasised, sceneEdges, reducedMotion);
  return { nodes, edges, rects, departed, emphasised: emphasisKey !== '' };
}

export type DiagramElements = ReturnType<typeof useDiagramElements>;
