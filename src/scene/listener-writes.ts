import type { PlanAction, SimEvent } from '../simulator/index.ts';
import { defaultActionText } from './default-action.ts';

/**
 * What a successful CreateListener or ModifyListener writes as a listener's default action: the
 * default-action row's id (from the call's listener focus) and its text. After an Ingress with
 * ssl-redirect leaves a group, ModifyListener turns port 80's redirect back into a fixed 404.
 */
export function defaultActionWritten(event: SimEvent): { id: string; label: string }[] {
  if (event.kind !== 'aws-call' || !event.ok) return [];
  if (event.operation !== 'CreateListener' && event.operation !== 'ModifyListener') return [];
  const request = event.request as { defaultAction?: unknown; DefaultActions?: unknown };
  const action = (request.defaultAction ??
    (Array.isArray(request.DefaultActions) ? request.DefaultActions[0] : undefined)) as
    PlanAction | undefined;
  if (!action || typeof action !== 'object' || typeof action.type !== 'string') return [];
  const label = defaultActionText(action);
  return event.focus
    .filter((id) => id.startsWith('listener:'))
    .map((id) => ({ id: `default-action:${id.slice('listener:'.length)}`, label }));
}
