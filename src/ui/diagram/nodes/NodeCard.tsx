import { motion } from 'motion/react';
import { use, type ReactNode } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { Emphasis } from '../diagram-flow-types.ts';
import { cardVariants, variantOf } from './emphasis-variants.ts';

interface NodeCardProps {
  /** The node's diagram id, reported when its exit is over. */
  id: string;
  className: string;
  emphasis: Emphasis;
  reducedMotion: boolean;
  /** The node has left the scene: fade out, then tell the canvas (which drops the ghost). */
  exiting?: boolean;
  children: ReactNode;
}

/**
 * The visible box of a node: fades in when it first appears, pulses when emphasised, fades out
 * when it leaves the scene.
 */
export function NodeCard({
  id,
  className,
  emphasis,
  reducedMotion,
  exiting = false,
  children,
}: NodeCardProps) {
  const { departed } = use(DiagramActionsContext);
  return (
    <motion.div
      className={`dg-card ${className}${emphasis === 'on' ? ' is-emphasised' : ''}`}
      variants={cardVariants}
      initial={reducedMotion ? false : 'hidden'}
      animate={variantOf(emphasis, reducedMotion, exiting)}
      onAnimationComplete={(done) => {
        if (exiting && done === 'exit') departed('node', id);
      }}
      // The node's button beside the card carries the full name; this short form is for the eyes.
      aria-hidden="true"
    >
      {children}
    </motion.div>
  );
}
