import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramFlowEdge } from '../diagram-flow-types.ts';

/**
 * A straight border-to-border line with its own arrowhead. The geometry comes from the scene
 * (edge data), not from handle positions, so it is the same in every browser and in tests.
 */
export const DiagramEdge = memo(function DiagramEdge({ data }: EdgeProps<DiagramFlowEdge>) {
  if (!data) return null;
  return (
    <g className={`dg-edge dg-edge-${data.kind}`}>
      <path className="dg-edge-line" d={data.path} />
      <path className="dg-edge-arrow" d={data.arrow} />
    </g>
  );
});
