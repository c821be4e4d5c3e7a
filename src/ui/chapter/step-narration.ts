import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { SimEventKind } from '../../simulator/index.ts';
import type { LessonPart } from '../../lesson/lesson-time.ts';
import { isMessageKey, type Translate } from '../../i18n/translate.ts';
import { narrateEventStep } from '../player/narrate-event.ts';
import { narrateSegment } from '../player/narrate-hop.ts';

/**
 * "Step 6 of 12 (request): The ALB forwards …" or "Step 3 of 12 (controller): The SDK calls STS …"
 * in the reader's language: what the diagram shows right now; empty without a part. The player
 * shows it under the diagram; the exported pictures print it under their title.
 */
export function stepNarration(
  t: Translate,
  run: ChapterRun | null,
  part: LessonPart | null,
  stepIndex: number,
  stepCount: number,
  /** The step's parts: at its last event, targets that changed alike are told together. */
  stepParts: readonly LessonPart[] = [],
): string {
  if (!run?.ok || !part) return '';
  const base = { step: stepIndex + 1, total: stepCount };
  if (part.kind === 'still') {
    // A chapter without the controller (the cloud provider's CLB) tells its stills as the setup.
    const controller = run.sceneInput.pods.some((p) => p.controller);
    const last = run.events[part.sceneIndex];
    // The last event before a still is often unrelated to what the step is about (a health check
    // before a step about rule order): the still says that nothing happens and that the text is
    // the step. Nobody acts in it, so it is not told as the controller's.
    return t('player.narrationText', {
      ...base,
      direction: t(
        last
          ? 'player.direction.still'
          : controller
            ? 'player.direction.controller'
            : 'player.direction.setup',
      ),
      text: last
        ? t('lesson.still.after')
        : t(controller ? 'lesson.still.start' : 'lesson.still.setup'),
    });
  }
  if (part.kind === 'event')
    return t('player.narrationText', {
      ...base,
      direction: t(actorOf(part.event.kind)),
      text: targetsTogether(part, stepParts, t) ?? narrateEventStep(part, t),
    });
  const told = narrateSegment(part.segment, run.trace);
  return t('player.narrationText', {
    ...base,
    direction: t(`player.direction.${part.segment.direction}`),
    text: t(told.key, told.params),
  });
}

/**
 * At the last event of a step in which several targets changed the same way ("Health checks turn
 * the targets healthy"), one sentence for all of them: naming only the last would contradict the
 * picture, where every one of them has changed. Null otherwise.
 */
function targetsTogether(
  part: Extract<LessonPart, { kind: 'event' }>,
  parts: readonly LessonPart[],
  t: Translate,
): string | null {
  const key = part.event.narration.key;
  if (!key.startsWith('target.')) return null;
  const events = parts.filter((p) => p.kind === 'event');
  if (events.at(-1) !== part) return null;
  const alike = events.filter((p) => p.event.narration.key === key);
  if (alike.length < 2) return null;
  const plural = `sim.targets.${key.slice('target.'.length)}`;
  if (!isMessageKey(plural)) return null;
  const targets = alike
    .map((p) => String(p.event.narration.params.target ?? ''))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return t(plural, { count: alike.length, targets: targets.join(', ') });
}

/**
 * Who acts in an event step, for its "(…)" label: the load balancer runs health checks, the
 * cluster (kubelet, kube-proxy, the EndpointSlice controller) moves pods, endpoints and rules; the
 * rest is the controller's loop and the API server talking to it.
 */
function actorOf(kind: SimEventKind) {
  switch (kind) {
    case 'target-health':
      return 'player.direction.loadBalancer' as const;
    case 'pod':
    case 'endpoints':
    case 'kube-proxy-sync':
    case 'node':
      return 'player.direction.cluster' as const;
    default:
      return 'player.direction.controller' as const;
  }
}
