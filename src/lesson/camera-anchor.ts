import { diagramId } from '../scene/diagram-ids.ts';
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

/** Steps about the controller's pod itself: it starts on a worker node, or it opens its watches. */
const ABOUT_THE_POD = new Set(['controller-started', 'watch']);

/**
 * A settled step that tells the controller starting or watching stands at the controller's pod
 * on its worker node (the end of the watch stream the prose points at), not in the control plane
 * where the API server and the ServiceAccount stand: on a laptop the two are too far apart to
 * share a view at a readable zoom.
 */
function podEnd(frame: Pick<Frame, 'step' | 'emphasis'>): string | null {
  const about = frame.step.parts.some((p) => p.kind === 'event' && ABOUT_THE_POD.has(p.event.kind));
  const controller = diagramId.controller();
  // A step that declares what it is about, and not the controller, is about that (an Ingress the
  // API server adds and the controller then warns about), though it tells the watch too.
  const elsewhere = frame.step.focus.length > 0 && !frame.step.focus.includes(controller);
  return about && !elsewhere && frame.emphasis.has(controller) ? controller : null;
}

/**
 * Where the camera centres when the step's focus is too big for the canvas at a readable zoom.
 * While the packet moves: where it goes; once it has arrived, where it arrived (a reply: the
 * client, whose step the prose is about; the view keeps as much of the path below it as fits).
 * A settled controller step: its pod when it tells the pod starting or watching, else what the
 * step is about (`frame.subject`), else the largest thing it made or changed.
 */
export function cameraAnchor(
  frame: Pick<Frame, 'packet' | 'settled' | 'step' | 'scene' | 'changed' | 'emphasis' | 'subject'>,
): string | null {
  const to = frame.packet?.to ?? null;
  if (to) return to;
  if (!frame.settled) return null;
  return podEnd(frame) ?? frame.subject ?? largestChange(frame);
}

/**
 * What the camera keeps in view with its anchor when they fit (in this order, each one that still
 * fits): what a settled step is about, then the other AWS cards it made or changed. None while
 * the packet moves: the camera follows the packet.
 */
export function cameraCompanions(
  frame: Pick<Frame, 'packet' | 'subjects' | 'also'>,
): readonly string[] {
  return frame.packet ? [] : [...frame.subjects, ...frame.also];
}
