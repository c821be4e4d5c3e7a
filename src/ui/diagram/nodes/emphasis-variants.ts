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
 * returned by `variantOf` changes, motion animates; nothing is scheduled by hand. Only opacity and
 * the ring animate, never a transform: motion composes transform animations on the main thread,
 * and a step that starts a few of them (or a group unfolding, which starts many) took 5–15 ms
 * longer in the 100-pod frame benchmark.
 */
export const cardVariants: Variants = {
  hidden: { opacity: 0 },
  rest: { opacity: 1, boxShadow: ping[2], transition: { duration: 0.25 } },
  pulse: {
    opacity: 1,
    boxShadow: ping,
    transition: { duration: 0.9, ease: 'easeOut' },
  },
  // An element that left the scene fades out, then its ghost is dropped.
  exit: { opacity: 0, transition: { duration: 0.25, ease: 'easeIn' } },
};

export function variantOf(emphasis: Emphasis, reducedMotion: boolean, exiting = false): string {
  if (exiting) return 'exit';
  return emphasis !== 'on' || reducedMotion ? 'rest' : 'pulse';
}
