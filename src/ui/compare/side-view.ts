import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { EventStep } from '../../lesson/chapter-steps.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import type { Translate } from '../../i18n/translate.ts';
import { diagramId } from '../../scene/diagram-ids.ts';
import type { Scene } from '../../scene/scene-model.ts';
import type { TimelineScenes } from '../../scene/timeline-scene.ts';
import { eventTokenOf } from '../../lesson/packet-view.ts';
import { visibleResolver } from '../../lesson/visible-element.ts';
import type { DiagramPacket } from '../diagram/DiagramCanvas.tsx';
import { narrateEventStep } from '../player/narrate-event.ts';
import type { SideAt } from './compare-steps.ts';

/** The parts of a run the comparison reads (they keep their shape as chapters grow). */
export type CompareRun = Pick<
  Extract<ChapterRun, { ok: true }>,
  'steps' | 'trace' | 'timeline' | 'sceneInput' | 'events'
>;

/** What one mode's half shows at a step of the comparison. */
export interface SideView {
  scene: Scene;
  emphasis: ReadonlySet<string>;
  /** The token, arrived at the element the step is about (null: the step sends nothing). */
  packet: DiagramPacket | null;
  /** "instance: controller step 8 of 21. The controller calls …" */
  where: string;
}

const none: ReadonlySet<string> = new Set();

/** The run's controller steps, in order. */
export const eventStepsOf = (run: CompareRun): EventStep[] =>
  run.steps.filter((s): s is EventStep => s.kind === 'event');

/**
 * One mode at `at`: a controller step draws the scene right after its events (what exists yet),
 * the objects they touched and the message they sent; a held step (the other mode does something
 * this one does not) keeps its last scene, quiet. A hop draws the whole world and the packet at
 * the element it reaches.
 */
export function sideView(
  run: CompareRun,
  mode: TargetMode,
  events: readonly EventStep[],
  scenes: TimelineScenes,
  at: SideAt,
  t: Translate,
): SideView {
  if (at.phase === 'controller') {
    const step = events[at.index];
    const scene = scenes.at(step ? step.sceneIndex : -1).scene;
    const total = String(events.length);
    if (!step || !at.matched)
      return {
        scene,
        emphasis: none,
        packet: null,
        where: t('compare.modeNoEvent', { mode, step: String(at.index + 1), total }),
      };
    const visible = visibleResolver(scene, run.sceneInput);
    const drawn = new Set(scene.nodes.map((n) => n.id));
    const shown = (id: string) => (drawn.has(visible(id)) ? visible(id) : null);
    const token = eventTokenOf(step);
    const from = token && shown(token.from);
    const to = token && (shown(token.to) ?? shown(diagramId.zone('aws')));
    return {
      scene,
      emphasis: new Set(step.events.flatMap((e) => e.focus).flatMap((id) => shown(id) ?? [])),
      packet: token && from && to ? { ...token, from, to, progress: 1 } : null,
      where: t('compare.modeEvent', {
        mode,
        step: String(at.index + 1),
        total,
        text: narrateEventStep(step, t),
      }),
    };
  }
  const scene = scenes.universe;
  const segments = run.timeline.segments;
  const segment = segments[at.index];
  if (!segment)
    return {
      scene,
      emphasis: none,
      packet: null,
      where: t('compare.modeDone', { mode, total: String(segments.length) }),
    };
  const visible = visibleResolver(scene, run.sceneInput);
  return {
    scene,
    emphasis: new Set([visible(segment.to)]),
    packet: {
      from: visible(segment.from),
      to: visible(segment.to),
      progress: 1,
      direction: segment.direction,
      label: segment.hop.dst,
    },
    where: t('compare.modeStep', {
      mode,
      step: String(at.index + 1),
      total: String(segments.length),
      hop: `${segment.hop.at} ${segment.hop.name}`,
    }),
  };
}
