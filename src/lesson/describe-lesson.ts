import type { Lesson, LessonPart } from './lesson-time.ts';

/** A part in one line: the event's kind and what sets it apart, or the packet's hop. */
export function describePart(part: LessonPart): string {
  if (part.kind === 'still') return `still after event #${part.sceneIndex}`;
  if (part.kind === 'packet')
    return `hop ${part.segment.direction} ${part.segment.hop.at} ${part.segment.hop.name}`;
  if (part.listed !== null) return `informers list ${part.listed}`;
  const e = part.event;
  const extra = part.events.length > 1 ? ` (+${part.events.length - 1})` : '';
  switch (e.kind) {
    case 'watch':
      return `watch ${e.verb} ${e.objectKind} ${e.object}`;
    case 'aws-call':
    case 'sts-call':
      return `${e.kind} ${e.operation}${e.ok ? '' : ' FAILED'}${extra}`;
    case 'target-health':
      return `target-health ${e.target} ${e.before?.state ?? 'new'} → ${e.after?.state ?? 'gone'}${extra}`;
    case 'k8s-event':
      return `k8s-event ${e.type} ${e.reason}`;
    case 'action':
      return `action ${e.action}`;
    case 'pod':
      return `pod ${e.pod} ${e.phase}`;
    case 'traffic':
      return `traffic ${JSON.stringify(e.counts)}`;
    default:
      return `${e.kind}${extra}`;
  }
}

/** The lesson as text: each step with its parts and their times (for authors and reviews). */
export function describeLesson(lesson: Lesson): string {
  if (!lesson.ok)
    return lesson.failed
      ? `cannot run: ${lesson.failed.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`
      : `unresolved: ${lesson.missing.join('; ')}`;
  return lesson.steps
    .map(
      (step) =>
        `${step.index + 1}. ${step.id} [${step.variant}] ${step.startMs}–${step.endMs} ms\n` +
        step.parts.map((p) => `     ${describePart(p)}`).join('\n'),
    )
    .join('\n');
}
