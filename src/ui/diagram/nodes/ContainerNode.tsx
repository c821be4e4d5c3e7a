import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NAME_LINE_HEIGHT } from '../../../scene/name-lines.ts';
import type { ContainerFlowNode } from '../diagram-flow-types.ts';
import { CardLines } from './CardLines.tsx';
import { HiddenHandles } from './HiddenHandles.tsx';
import { NodeButton } from './NodeButton.tsx';
import { NodeCard } from './NodeCard.tsx';

/** The header's height for a one-line name (diagram-cards.css), in diagram units. */
const HEADER_HEIGHT = 41;

/** A load balancer, target group or worker node: a header; its children are drawn inside. */
export const ContainerNode = memo(function ContainerNode({
  id,
  data,
}: NodeProps<ContainerFlowNode>) {
  return (
    <>
      <NodeCard
        id={id}
        exiting={data.exiting}
        className={`dg-container dg-kind-${data.kind}`}
        emphasis={data.emphasis}
        reducedMotion={data.reducedMotion}
      >
        <HiddenHandles />
        {/* Taller by a line for each extra line of the name (the layout left room for it). */}
        <span
          className="dg-header"
          style={{ height: HEADER_HEIGHT + (data.shownLines.length - 1) * NAME_LINE_HEIGHT }}
        >
          <CardLines data={data} />
        </span>
      </NodeCard>
      {/* A departing node is only a fading picture: no button, nothing to focus or click. */}
      {data.exiting ? null : <NodeButton id={id} name={data.name} />}
    </>
  );
});
