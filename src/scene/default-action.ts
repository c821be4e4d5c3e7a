import type { PlanAction, PlanListener, PlanLoadBalancer } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import { text, type ItemSpec } from './scene-builder.ts';

/**
 * An ALB listener's default action: what it does when none of its rules matches (or when it has
 * none, as a port-80 listener under ssl-redirect: reference §3.2). The controller writes a
 * fixed 404 unless the Ingress has a default backend (§14).
 */
export function defaultActionText(action: PlanAction): string {
  switch (action.type) {
    case 'redirect': {
      const code = action.statusCode.replace(/^HTTP_/, '');
      const to = `${action.protocol ?? '#{protocol}'}:${action.port ?? '#{port}'}`;
      return `redirect ${code} → ${action.host ? `${action.host} ` : ''}${to}`;
    }
    case 'fixed-response':
      return `fixed-response ${action.statusCode}`;
    default:
      return 'forward';
  }
}

/**
 * The default action's row, under the listener's rules (the last one evaluated, as the console
 * lists it): the action, and "Default action" under it. ALBs only: an NLB listener has nothing
 * but its default action, which its line to the target group already draws.
 */
export function defaultActionRows(
  lb: PlanLoadBalancer,
  listener: PlanListener,
  /** Labels rows take later in the run, by id: room is kept for them. */
  laterLabels: Readonly<Record<string, readonly string[]>> = {},
): ItemSpec[] {
  if (lb.type !== 'application') return [];
  const listenerId = diagramId.listener(lb.stack, listener.port);
  const action = defaultActionText(listener.defaultAction);
  const id = diagramId.defaultAction(lb.stack, listener.port);
  return [
    {
      id,
      laterLabels: laterLabels[id] ?? [],
      kind: 'default-action',
      label: action,
      // A compact row shows no kind of its own: the caption says what the action is.
      caption: text('diagram.kind.default-action'),
      a11y: text('a11y.defaultAction', {
        listener: `${listener.protocol}:${listener.port}`,
        action,
      }),
      ref: { type: 'listener', key: listenerId },
    },
  ];
}

/** The element whose creation brings a row into the timeline: a default action comes with its listener. */
export const createdWith = (id: string, ref: { key: string } | null): string =>
  id.startsWith('default-action:') && ref ? ref.key : id;
