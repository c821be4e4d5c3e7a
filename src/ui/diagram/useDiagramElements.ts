import { useMemo } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramFlowNode } from './diagram-flow-types.ts';
import { absoluteRects } from './scene-geometry.ts';
import { emphasise, toFlowEdges, toFlowNodes } from './scene-to-react-flow.ts';

/** The last emphasised nodes per base list (each canvas has its own base list). */
const lastEmphasised = new WeakMap<readonly DiagramFlowNode[], readonly DiagramFlowNode[]>();

/**
 * React Flow nodes and edges for a scene. The nodes are built when the scene, the motion
 * preference or the language change; a new emphasis (compared by content, not by Set identity)
 * only replaces the nodes whose highlight changed, so the others are not rendered again.
 */
export function useDiagramElements(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
) {
  const t = useTranslate();
  const emphasisKey = [...emphasis].sort().join('\n');
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const base = useMemo(() => toFlowNodes(scene, { reducedMotion, t }), [scene, reducedMotion, t]);
  const nodes = useMemo(() => {
    const ids = new Set(emphasisKey === '' ? [] : emphasisKey.split('\n'));
    const next = emphasise(base, ids, lastEmphasised.get(base) ?? null);
    lastEmphasised.set(base, next);
    return next;
  }, [base, emphasisKey]);
  const edges = useMemo(() => toFlowEdges(scene, rects, t), [scene, rects, t]);
  return { nodes, edges, rects, emphasised: emphasisKey !== '' };
}
