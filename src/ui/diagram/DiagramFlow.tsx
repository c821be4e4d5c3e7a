import { Controls, ReactFlow } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramActionsContext } from './diagram-actions.ts';
import type { DiagramCanvasProps } from './DiagramCanvas.tsx';
import type { DiagramFlowEdge, DiagramFlowNode } from './diagram-flow-types.ts';
import { edgeTypes, nodeTypes } from './node-types.ts';
import { PacketToken } from './PacketToken.tsx';
import { useDiagramActions } from './useDiagramActions.ts';
import type { DiagramElements } from './useDiagramElements.ts';
import { useDiagramFit } from './useDiagramFit.ts';

export type DiagramFlowProps = Omit<DiagramCanvasProps, 'ariaLabel' | 'packet'>;
const noIds: ReadonlySet<string> = new Set();
const noneTogether: readonly string[] = [];

/**
 * React Flow with the diagram's nodes: no dragging, selecting or connecting; pan and zoom. Each
 * element is a button of its own (Tab in the scene's order, Enter or Space to activate).
 */
export const DiagramFlow = memo(function DiagramFlow(
  props: DiagramFlowProps & { elements: DiagramElements },
) {
  const {
    scene,
    emphasis,
    reducedMotion,
    fit,
    route = noIds,
    anchor = null,
    anchorWith = noneTogether,
  } = props;
  const t = useTranslate();
  const { nodes, edges, rects, departed } = props.elements;
  const routes = useMemo(
    () =>
      new Map(
        scene.edges.flatMap((e) =>
          e.points ? [[`${e.source}\n${e.target}`, e.points] as const] : [],
        ),
      ),
    [scene],
  );
  const actions = useDiagramActions(scene, rects, props, reducedMotion, departed);
  const frame = useRef<HTMLDivElement>(null);
  useDiagramFit(scene, emphasis, reducedMotion, fit, anchor, anchorWith, frame);

  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('diagram.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.zoomIn'),
      'controls.zoomOut.ariaLabel': t('diagram.zoomOut'),
      'controls.fitView.ariaLabel': t('diagram.fitView'),
    }),
    [t],
  );

  return (
    <DiagramActionsContext value={actions}>
      <ReactFlow<DiagramFlowNode, DiagramFlowEdge>
        ref={frame}
        className={route.size > 0 ? 'dg-flow has-route' : 'dg-flow'}
        aria-label={t('diagram.canvas')}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        disableKeyboardA11y
        deleteKeyCode={null}
        // Space is the player's play/pause key: React Flow must not take it for panning.
        panActivationKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        // The wheel scrolls the page (a course page, or the wiki around an embed) instead of
        // zooming; zoom with the buttons, a pinch or Ctrl + wheel.
        zoomOnScroll={false}
        preventScrolling={false}
        minZoom={0.25}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
      >
        {/* One low row: it covers less of the scene's bottom-left column than a stack would. */}
        {props.controls === 'aside' ? null : (
          <Controls position="bottom-left" orientation="horizontal" showInteractive={false} />
        )}
        <PacketToken rects={rects} routes={routes} reducedMotion={reducedMotion} />
      </ReactFlow>
    </DiagramActionsContext>
  );
});
