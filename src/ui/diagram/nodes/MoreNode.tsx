import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MoreFlowNode } from '../diagram-flow-types.ts';
import { MoreIcon } from '../icons/MoreIcon.tsx';
import { HiddenHandles } from './HiddenHandles.tsx';
import { NodeButton } from './NodeButton.tsx';
import { NodeCard } from './NodeCard.tsx';

/** "+N more": stands for the elements a large group hides; activating it expands the group. */
export const MoreNode = memo(function MoreNode({ id, data }: NodeProps<MoreFlowNode>) {
  return (
    <>
      <NodeCard
        id={id}
        exiting={data.exiting}
        className="dg-more"
        emphasis={data.emphasis}
        reducedMotion={data.reducedMotion}
      >
        <HiddenHandles />
        <MoreIcon />
        <span className="dg-label">{data.text}</span>
      </NodeCard>
      {/* A departing node is only a fading picture: no button, nothing to focus or click. */}
      {data.exiting ? null : <NodeButton id={id} name={data.name} />}
    </>
  );
});
