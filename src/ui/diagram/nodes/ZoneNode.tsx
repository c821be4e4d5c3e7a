import type { NodeProps } from '@xyflow/react';
import { memo, use } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { ZoneFlowNode } from '../diagram-flow-types.ts';
import { ZoneIcon } from '../icons/ZoneIcon.tsx';
import { useDepartureAfterFade } from './useDepartureAfterFade.ts';

/**
 * A labelled area: the Internet, the Region, the EKS control plane, the VPC, an Availability
 * Zone, a subnet. The title of one the inspector knows (the VPC, a zone, a subnet) is a button
 * named by its kind and range ("Subnet 10.0.101.0/24, public, …"); the others are a group with
 * that name.
 */
export const ZoneNode = memo(function ZoneNode({ id, data }: NodeProps<ZoneFlowNode>) {
  const { departed, activate, reveal } = use(DiagramActionsContext);
  const exiting = data.exiting === true;
  // A zone fades only when it leaves; under reduced motion the canvas drops it at once.
  useDepartureAfterFade(exiting, false, () => departed('node', id));
  const title = (
    <>
      <ZoneIcon zone={data.zone} />
      <span aria-hidden="true">{data.title}</span>
    </>
  );
  return (
    <div className={`dg-zone dg-zone-${data.zone}${exiting ? ' dg-m-exit' : ''}`}>
      {data.inspectable && !data.exiting ? (
        <button
          type="button"
          className="dg-zone-title nodrag"
          aria-label={data.name}
          onClick={() => activate(id)}
          onFocus={() => reveal(id)}
        >
          {title}
        </button>
      ) : (
        <span className="dg-zone-title" role="group" aria-label={data.name}>
          {title}
        </span>
      )}
    </div>
  );
});
