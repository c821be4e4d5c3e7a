import { use, type ReactNode } from 'react';
import { DiagramActionsContext } from '../diagram-actions.ts';
import type { Emphasis } from '../diagram-flow-types.ts';
import { motionClassOf } from './emphasis-variants.ts';
import { useDepartureAfterFade } from './useDepartureAfterFade.ts';

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
  useDepartureAfterFade(exiting, reducedMotion, () => departed('node', id));
  const emphasised = emphasis === 'on' ? ' is-emphasised' : '';
  return (
    <div
      className={`dg-card ${className}${emphasised}${motionClassOf(emphasis, reducedMotion, exiting)}`}
      // The node's button beside the card carries the full name; this short form is for the eyes.
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
