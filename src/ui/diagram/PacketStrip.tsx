import { useTranslate } from '../../i18n/useTranslate.ts';
import type { DiagramPacket } from './diagram-flow-types.ts';

/**
 * The moving token's addresses, in a strip of its own above the canvas: on the diagram they
 * covered the cards' text. The strip keeps its height when there is no packet, so the diagram
 * never moves. Decorative for assistive technology (the narration says the same).
 */
export function PacketStrip({ packet }: { packet: DiagramPacket | null }) {
  const t = useTranslate();
  return (
    <div className="dg-packet-strip" aria-hidden="true">
      {packet?.label ? (
        <>
          <span className={`dg-legend-dot dg-packet-${packet.direction}`} />
          <span className="dg-packet-strip-kind">
            {t(packet.direction === 'response' ? 'diagram.packet.response' : 'diagram.packet')}
          </span>
          <code className="dg-packet-strip-label">{packet.label}</code>
        </>
      ) : null}
    </div>
  );
}
