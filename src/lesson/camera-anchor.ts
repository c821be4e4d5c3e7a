import type { Frame } from './frame.ts';

/** The largest element a settled step made or changed and marks (a Service's new type). */
function largestChange(frame: Pick<Frame, 'scene' | 'changed' | 'emphasis'>): string | null {
  let best: { id: string; area: number } | null = null;
  for (const node of frame.scene.nodes) {
    if (!frame.changed.has(node.id) || !frame.emphasis.has(node.id)) continue;
    const area = node.width * node.height;
    if (!best || area > best.area) best = { id: node.id, area };
  }
  return best?.id ?? null;
}

/**
 * Where the camera centres when the step's focus is too big for the canvas at a readable zoom.
 * While the packet moves: where it goes. A settled controller step: the largest thing it made or
 * changed. Once a reply has arrived, not the client alone: the
 * load balancer the answer came back through, with the client above it and the target group
 * beside it, so the frame shows the return path rather than its last card.
 */
export function cameraAnchor(
  frame: Pick<Frame, 'packet' | 'settled' | 'step' | 'scene' | 'changed' | 'emphasis'>,
): string | null {
  const to = frame.packet?.to ?? null;
  if (!to) return frame.settled ? largestChange(frame) : null;
  if (!frame.settled) return to;
  const hops = frame.step.parts.flatMap((p) => (p.kind === 'packet' ? [p.segment] : []));
  if (hops.length < 2 || hops.some((s) => s.direction !== 'response')) return to;
  const drawn = new Set(frame.scene.nodes.map((n) => n.id));
  const through = hops.find((s) => /^(alb|nlb|clb)$/.test(s.hop.at) && drawn.has(s.to));
  return through?.to ?? to;
}
