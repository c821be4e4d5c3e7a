import { ViewportPortal } from '@xyflow/react';
import { motion } from 'motion/react';
import { use } from 'react';
import { PacketContext } from './packet-context.ts';
import { centreOf, lerp, type Rect } from './scene-geometry.ts';

interface PacketTokenProps {
  rects: ReadonlyMap<string, Rect>;
  reducedMotion: boolean;
}

/**
 * The packet: a round token with its addresses, between the centres of `from` and `to` at
 * `progress`, in diagram coordinates (it pans and zooms with the diagram). The caller samples the
 * clock; here a short tween only smooths between samples, and reduced motion draws it in place.
 * Decorative for assistive technology: the narration says where the packet is. Reads the packet
 * from `PacketContext` (nothing is drawn without one).
 */
export function PacketToken({ rects, reducedMotion }: PacketTokenProps) {
  const packet = use(PacketContext);
  if (!packet) return null;
  const from = rects.get(packet.from);
  const to = rects.get(packet.to);
  if (!from || !to) return null;
  const at = lerp(centreOf(from), centreOf(to), packet.progress);
  return (
    <ViewportPortal>
      <motion.div
        className={`dg-packet dg-packet-${packet.direction}`}
        aria-hidden="true"
        data-testid="diagram-packet"
        initial={false}
        animate={{ x: at.x, y: at.y }}
        transition={
          reducedMotion ? { duration: 0 } : { type: 'tween', ease: 'linear', duration: 0.15 }
        }
      >
        <span className="dg-packet-dot" />
        {packet.label ? <span className="dg-packet-label">{packet.label}</span> : null}
      </motion.div>
    </ViewportPortal>
  );
}
