import type { NodeProps } from '@xyflow/react';
import { motion, type Variants } from 'motion/react';
import { memo, use } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { ZoneFlowNode } from '../diagram-flow-types.ts';
import { ZoneIcon } from '../icons/ZoneIcon.tsx';

const zoneVariants: Variants = {
  rest: { opacity: 1, transition: { duration: 0.25 } },
  exit: { opacity: 0, transition: { duration: 0.25, ease: 'easeIn' } },
};

/** A lane of the diagram (Internet · AWS · worker nodes · EKS control plane) with its title. */
export const ZoneNode = memo(function ZoneNode({ id, data }: NodeProps<ZoneFlowNode>) {
  const { departed } = use(DiagramActionsContext);
  return (
    <motion.div
      className={`dg-zone dg-zone-${data.zone}`}
      variants={zoneVariants}
      initial={false}
      animate={data.exiting ? 'exit' : 'rest'}
      onAnimationComplete={(done) => {
        if (data.exiting && done === 'exit') departed('node', id);
      }}
    >
      <span className="dg-zone-title">
        <ZoneIcon zone={data.zone} />
        {data.title}
      </span>
    </motion.div>
  );
});
