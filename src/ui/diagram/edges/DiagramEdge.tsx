import type { EdgeProps } from '@xyflow/react';
import { memo, use } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { DiagramFlowEdge } from '../diagram-flow-types.ts';
import { useDepartureAfterFade } from '../nodes/useDepartureAfterFade.ts';

/**
 * A straight border-to-border line with its own arrowhead. The geometry comes from the scene
 * (edge data), not from handle positions, so it is the same in every browser and in tests. An
 * edge that left the scene fades out, then tells the canvas to drop it.
 */
export const DiagramEdge = memo(function DiagramEdge({ id, data }: EdgeProps<DiagramFlowEdge>) {
  const { departed } = use(DiagramActionsContext);
  // An edge fades only when it leaves; under reduced motion the canvas drops it at once.
  useDepartureAfterFade(data?.exiting === true, false, () => departed('edge', id));
  if (!data) return null;
  const state = data.state ?? 'plain';
  const className = `dg-edge dg-edge-${data.kind}${state === 'plain' ? '' : ` is-${state}`}`;
  const paths = (
    <>
      <path className="dg-edge-line" d={data.path} />
      <path className="dg-edge-arrow" d={data.arrow} />
    </>
  );
  return <g className={`${className}${data.exiting ? ' dg-m-exit' : ''}`}>{paths}</g>;
});
