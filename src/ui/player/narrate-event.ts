import type { EventStep } from '../../lesson/chapter-steps.ts';
import { en, type MessageKey } from '../../i18n/messages.en.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { SimEvent } from '../../simulator/index.ts';

type SimKey = Extract<MessageKey, `sim.${string}`>;

const isKey = (key: string): key is SimKey => Object.hasOwn(en, key);

/** Values the simulator's sentence does not carry but the reader's does (from the event). */
function extraParams(event: SimEvent, t: Translate): Record<string, string | number> {
  switch (event.kind) {
    case 'controller-started':
      return { node: event.node };
    case 'model-built':
      return {
        listeners: event.listeners,
        rules: event.rules,
        targetGroups: event.targetGroups,
      };
    case 'aws-call': {
      const purpose = `sim.aws.purpose.${event.operation}`;
      return { service: event.service, purpose: isKey(purpose) ? t(purpose) : '' };
    }
    case 'target-health':
      return { reason: event.after?.reason ?? '' };
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
