import type { EdgeProps } from '@xyflow/react';
import { motion } from 'motion/react';
import { memo, use } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { DiagramFlowEdge } from '../diagram-flow-types.ts';

const fadeOut = { duration: 0.25, ease: 'easeIn' } as const;

/**
 * A straight border-to-border line with its own arrowhead. The geometry comes from the scene
 * (edge data), not from handle positions, so it is the same in every browser and in tests. An
 * edge that left the scene fades out, then tells the canvas to drop it.
 */
export const DiagramEdge = memo(function DiagramEdge({ id, data }: EdgeProps<DiagramFlowEdge>) {
  const { departed } = use(DiagramActionsContext);
  if (!data) return null;
  const state = data.state ?? 'plain';
  const className = `dg-edge dg-edge-${data.kind}${state === 'plain' ? '' : ` is-${state}`}`;
  const paths = (
    <>
      <path className="dg-edge-line" d={data.path} />
      <path className="dg-edge-arrow" d={data.arrow} />
    </>
  );
  if (!data.exiting) return <g className={className}>{paths}</g>;
  return (
    <motion.g
      className={className}
      initial={{ opacity: 1 }}
      animate={{ opacity: 0 }}
      transition={fadeOut}
      onAnimationComplete={() => departed('edge', id)}
    >
      {paths}
    </motion.g>
  );
});
