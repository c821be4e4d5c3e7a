import type { Emphasis } from '../diagram-flow-types.ts';

/**
 * The motion classes of a node card (animated in diagram-motion.css): it fades in when it first
 * appears, its ring pings outward when emphasised, it fades out when it leaves. Only opacity and
 * the ring animate, never a transform, and only with CSS: no script runs per frame, so a step
 * that emphasises many cards (or a group unfolding) costs the main thread nothing.
 */
export function motionClassOf(emphasis: Emphasis, reducedMotion: boolean, exiting = false): string {
  if (reducedMotion) return '';
  if (exiting) return ' dg-m-enter dg-m-exit';
  return emphasis === 'on' ? ' dg-m-enter dg-m-pulse' : ' dg-m-enter';
}
