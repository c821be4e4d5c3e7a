import { motion } from 'motion/react';
import type { ReactNode } from 'react';
import type { Emphasis } from '../diagram-flow-types.ts';
import { cardVariants, variantOf } from './emphasis-variants.ts';

interface NodeCardProps {
  className: string;
  emphasis: Emphasis;
  reducedMotion: boolean;
  /** Containers only ping their ring; small cards also swell a little. */
  large?: boolean;
  children: ReactNode;
}

/** The visible box of a node: fades in when it first appears, pulses when emphasised. */
export function NodeCard({
  className,
  emphasis,
  reducedMotion,
  large = false,
  children,
}: NodeCardProps) {
  return (
    <motion.div
      className={`dg-card ${className}${emphasis === 'on' ? ' is-emphasised' : ''}`}
      variants={cardVariants}
      initial={reducedMotion ? false : 'hidden'}
      animate={variantOf(emphasis, reducedMotion, large)}
      // The node's button beside the card carries the full name; this short form is for the eyes.
      aria-hidden="true"
    >
      {children}
    </motion.div>
  );
}
