import type { Variants } from 'motion/react';
import type { Emphasis } from '../diagram-flow-types.ts';

/** A ring that pings outward: the highlight colour fading as it grows (see --dg-emphasis). */
const ping = [
  '0 0 0 0 rgba(232, 145, 20, 0.65)',
  '0 0 0 12px rgba(232, 145, 20, 0)',
  '0 0 0 0 rgba(232, 145, 20, 0)',
];

/**
 * How a node card enters, pulses when emphasised and leaves. Driven only by props: the label
 * returned by `variantOf` changes, motion animates; nothing is scheduled by hand.
 */
export const cardVariants: Variants = {
  hidden: { opacity: 0, scale: 0.94 },
  rest: { opacity: 1, scale: 1, boxShadow: ping[2], transition: { duration: 0.25 } },
  pulse: {
    opacity: 1,
    scale: [1, 1.035, 1],
    boxShadow: ping,
    transition: { duration: 0.9, ease: 'easeOut' },
  },
  // Large boxes only ping their ring: scaling them would shake their children's edges.
  pulseRing: {
    opacity: 1,
    scale: 1,
    boxShadow: ping,
    transition: { duration: 0.9, ease: 'easeOut' },
  },
  // An element that left the scene: it shrinks a little as it fades, then its ghost is dropped.
  exit: { opacity: 0, scale: 0.94, transition: { duration: 0.25, ease: 'easeIn' } },
};

export function variantOf(
  emphasis: Emphasis,
  reducedMotion: boolean,
  large: boolean,
  exiting = false,
): string {
  if (exiting) return 'exit';
  if (emphasis !== 'on' || reducedMotion) return 'rest';
  return large ? 'pulseRing' : 'pulse';
}
