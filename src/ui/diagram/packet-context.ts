import { createContext } from 'react';
import type { DiagramPacket } from './diagram-flow-types.ts';

/**
 * The packet token's position, passed around React Flow rather than through it: the clock moves
 * the token every frame, and only the token reads this, so a frame does not re-render the flow.
 */
export const PacketContext = createContext<DiagramPacket | null>(null);
