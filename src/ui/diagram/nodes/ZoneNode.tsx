import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ZoneFlowNode } from '../diagram-flow-types.ts';
import { ZoneIcon } from '../icons/ZoneIcon.tsx';

/** A lane of the diagram (Internet · AWS · worker nodes · EKS control plane) with its title. */
export const ZoneNode = memo(function ZoneNode({ data }: NodeProps<ZoneFlowNode>) {
  return (
    <div className={`dg-zone dg-zone-${data.zone}`}>
      <span className="dg-zone-title">
        <ZoneIcon zone={data.zone} />
        {data.title}
      </span>
    </div>
  );
});
