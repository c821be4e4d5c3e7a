import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ContainerFlowNode } from '../diagram-flow-types.ts';
import { CardLines } from './CardLines.tsx';
import { HiddenHandles } from './HiddenHandles.tsx';
import { NodeButton } from './NodeButton.tsx';
import { NodeCard } from './NodeCard.tsx';

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
        <span className="dg-header">
          <CardLines data={data} />
        </span>
      </NodeCard>
      {/* A departing node is only a fading picture: no button, nothing to focus or click. */}
      {data.exiting ? null : <NodeButton id={id} name={data.name} />}
    </>
  );
});
