import type { EventStep } from '../../lesson/chapter-steps.ts';
import type { MessageKey } from '../../i18n/messages.en.ts';
import type { PlanTargetHealth, SimEvent } from '../../simulator/index.ts';

type EventKey = Extract<MessageKey, `event.${string}`>;

/** One row of the event panel: a label key and a value shown as written (never as HTML). */
export interface EventRow {
  label: EventKey;
  value: string;
  /** Monospaced (names, ids, addresses). */
  code: boolean;
}

/** A JSON document the panel shows in a block: an API call's request or response. */
export interface EventDocument {
  label: EventKey;
  json: string;
}

export interface EventView {
  rows: EventRow[];
  documents: EventDocument[];
  /** For a health change: before and after (`null`: not registered). */
  health: { before: string | null; after: string | null; reason: string | null } | null;
}

const row = (label: EventKey, value: string, code = true): EventRow => ({ label, value, code });
const json = (value: unknown) => JSON.stringify(value, null, 2);
const state = (h: PlanTargetHealth | null) => (h ? h.state : null);

/** Fields the rows, the narration or the diagram already show (or too long to read here). */
const HIDDEN_FIELDS = new Set(['kind', 'atMs', 'narration', 'focus', 'before', 'after']);

/** The details that stand behind a controller step, in the manner of the PDU panel. */
export function describeEvent(step: EventStep): EventView {
  const view: EventView = { rows: [], documents: [], health: null };
  if (step.listed !== null) {
    view.rows.push(row('event.verb', 'LIST / ADDED'));
    for (const e of step.events)
      if (e.kind === 'watch') view.rows.push(row('event.objects', `${e.objectKind} ${e.object}`));
    return view;
  }
  const event: SimEvent = step.event;
  view.rows.push(row('event.kind', event.kind));
  switch (event.kind) {
    case 'watch':
      view.rows.push(
        row('event.verb', event.verb),
        row('event.object', `${event.objectKind} ${event.object}`),
      );
      if (event.after !== null && event.after !== undefined)
        view.documents.push({ label: 'event.object', json: json(event.after) });
      break;
    case 'aws-call':
    case 'sts-call':
      view.rows.push(
        row(
          'event.operation',
          `${event.kind === 'sts-call' ? 'sts' : event.service}:${event.operation}`,
        ),
        row('event.result', event.ok ? 'ok' : 'failed', false),
      );
      view.documents.push(
        { label: 'event.request', json: json(event.request) },
        { label: 'event.response', json: json(event.response) },
      );
      break;
    case 'target-health':
      view.rows.push(row('event.object', `${event.targetGroup} ${event.target}`));
      view.health = {
        before: state(event.before),
        after: state(event.after),
        reason: event.after?.reason ?? null,
      };
      break;
    case 'enqueue':
    case 'model-built':
      view.rows.push(row('event.object', event.key));
      break;
    case 'tgb-written':
      view.rows.push(
        row('event.verb', event.verb),
        row('event.object', `${event.namespace}/${event.name}`),
      );
      break;
    case 'k8s-event':
      view.rows.push(
        row('event.object', event.object),
        row('event.reason', `${event.type} ${event.reason}`),
      );
      break;
    case 'status-updated':
      view.rows.push(row('event.object', event.object));
      break;
    default:
      break;
  }
  if (view.documents.length === 0) {
    const details = Object.fromEntries(
      Object.entries(event).filter(([key]) => !HIDDEN_FIELDS.has(key)),
    );
    if (Object.keys(details).length > 0)
      view.documents.push({ label: 'event.details', json: json(details) });
  }
  // Registration steps carry the registrations RegisterTargets made: one health row each.
  for (const e of step.events.slice(1))
    if (e.kind === 'target-health')
      view.rows.push(
        row('event.health', `${e.target}: ${state(e.before) ?? '–'} → ${state(e.after) ?? '–'}`),
      );
  return view;
}
