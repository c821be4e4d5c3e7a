import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ElementFlowNode } from '../diagram-flow-types.ts';
import { CardLines } from './CardLines.tsx';
import { HiddenHandles } from './HiddenHandles.tsx';
import { NodeButton } from './NodeButton.tsx';
import { NodeCard } from './NodeCard.tsx';

/** One Kubernetes object or AWS resource: a client, a listener, a rule, a pod, a target… */
export const ElementNode = memo(function ElementNode({ id, data }: NodeProps<ElementFlowNode>) {
  return (
    <>
      <NodeCard
        id={id}
        exiting={data.exiting}
        className={`dg-element dg-kind-${data.kind}${data.compact ? ' is-compact' : ''}`}
        emphasis={data.emphasis}
        reducedMotion={data.reducedMotion}
      >
        <HiddenHandles />
        <CardLines data={data} />
      </NodeCard>
      {/* A departing node is only a fading picture: no button, nothing to focus or click. */}
      {data.exiting ? null : <NodeButton id={id} name={data.name} />}
    </>
  );
});
