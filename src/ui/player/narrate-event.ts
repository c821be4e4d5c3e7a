import type { EventStep } from '../../lesson/chapter-steps.ts';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { isMessageKey, type Translate } from '../../i18n/translate.ts';
import type { SimEvent } from '../../simulator/index.ts';

type SimKey = Extract<MessageKey, `sim.${string}`>;

const isKey = (key: string): key is SimKey => key.startsWith('sim.') && isMessageKey(key);

/**
 * The work-queue key in the reader's words: `stack:ingress:<group>`, `stack:service:<ns/name>` and
 * `tgb:<target group>` are the simulator's internal keys, never shown as such.
 */
export function queueKeyWords(key: string, t: Translate): string {
  const stack = /^stack:(ingress|service):(.+)$/.exec(key);
  if (stack?.[1] === 'ingress') return t('sim.queueKey.ingress', { name: stack[2]! });
  if (stack?.[1] === 'service') return t('sim.queueKey.service', { name: stack[2]! });
  if (key.startsWith('tgb:')) return t('sim.queueKey.binding', { name: key.slice(4) });
  return key;
}

/** Why a key was queued, in the reader's language (the simulator writes its causes in English). */
export function queueCauseWords(cause: string, t: Translate): string {
  const change = /^(\S+) (\S+) (changed|deleted)$/.exec(cause);
  if (change)
    return t(change[3] === 'changed' ? 'sim.cause.changed' : 'sim.cause.deleted', {
      kind: change[1]!,
      name: change[2]!,
    });
  const retry = /^retry (\d+)$/.exec(cause);
  if (retry) return t('sim.cause.retry', { attempt: retry[1]! });
  const fixed: Record<string, SimKey> = {
    'initial list': 'sim.cause.initialList',
    'objects applied': 'sim.cause.applied',
    'credentials refresh': 'sim.cause.credentials',
    'leader elected': 'sim.cause.leader',
    'TargetGroupBinding created': 'sim.cause.bindingCreated',
    'requeue: targets not healthy yet': 'sim.cause.requeue',
  };
  return t(fixed[cause] ?? 'sim.cause.other');
}

/** Values the simulator's sentence does not carry but the reader's does (from the event). */
function extraParams(event: SimEvent, t: Translate): Record<string, string | number> {
  switch (event.kind) {
    case 'controller-started':
      return event.node === null ? {} : { node: event.node };
    case 'model-built':
      return {
        listeners: event.listeners,
        rules: event.rules,
        targetGroups: event.targetGroups,
      };
    case 'aws-call': {
      // The node-side rule (§2.3 step 5) and the shared backend group (§5.1) read differently.
      const variant =
        event.operation === 'AuthorizeSecurityGroupIngress' && 'GroupId' in event.request
          ? '.targets'
          : event.operation === 'CreateSecurityGroup' &&
              String(event.request.GroupName ?? '').startsWith('k8s-traffic-')
            ? '.backend'
            : '';
      const purpose = `sim.aws.purpose.${event.operation}${variant}`;
      // Which load balancer: a chapter with an NLB and an ALB makes both in one step.
      const made = {
        name: String(event.request.Name ?? ''),
        type: event.request.Type === 'network' ? 'NLB' : 'ALB',
      };
      return { service: event.service, purpose: isKey(purpose) ? t(purpose, made) : '' };
    }
    case 'target-health':
      return { reason: event.after?.reason ?? '' };
    case 'enqueue':
      return { key: queueKeyWords(event.key, t), cause: queueCauseWords(event.cause, t) };
    case 'retry-scheduled':
      return { key: queueKeyWords(event.key, t) };
    default:
      return {};
  }
}

/** The sentence for a controller step, in the reader's language (plain text, never HTML). */
export function narrateEventStep(step: EventStep, t: Translate): string {
  const event = step.event;
  if (step.listed !== null) {
    const kinds = [
      ...new Set(step.events.map((e) => (e.kind === 'watch' ? e.objectKind : e.kind))),
    ];
    return t('sim.informers.listed', { count: step.listed, kinds: kinds.join(', ') });
  }
  const key = `sim.${event.narration.key}`;
  if (!isKey(key)) return t('sim.other', { kind: event.kind });
  return t(key, { ...event.narration.params, ...extraParams(event, t) }).trim();
}
