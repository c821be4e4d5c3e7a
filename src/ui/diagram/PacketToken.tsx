import { ViewportPortal } from '@xyflow/react';
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
 * clock every frame, so the token is simply placed there; a short CSS transition on its transform
 * (composited, no script per frame) only smooths a jump between steps, and reduced motion draws
 * it in place. Decorative for assistive technology: the narration says where the packet is. Reads
 * the packet from `PacketContext` (nothing is drawn without one).
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
      <div
        className={`dg-packet dg-packet-${packet.direction}${reducedMotion ? '' : ' is-gliding'}`}
        aria-hidden="true"
        data-testid="diagram-packet"
        style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      >
        <span className="dg-packet-dot" />
        {packet.label ? <span className="dg-packet-label">{packet.label}</span> : null}
      </div>
    </ViewportPortal>
  );
}
