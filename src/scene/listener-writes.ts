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
  const action = defaultActionOf(event.request);
  if (!action) return [];
  const label = defaultActionText(action);
  return event.focus
    .filter((id) => id.startsWith('listener:'))
    .map((id) => ({ id: `default-action:${id.slice('listener:'.length)}`, label }));
}

/** The default action a CreateListener or ModifyListener request writes, if it writes one. */
export function defaultActionOf(request: Record<string, unknown>): PlanAction | null {
  const action = (request.defaultAction ??
    (Array.isArray(request.DefaultActions) ? request.DefaultActions[0] : undefined)) as
    PlanAction | undefined;
  return action && typeof action === 'object' && typeof action.type === 'string' ? action : null;
}
