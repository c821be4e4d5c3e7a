import { useMemo } from 'react';
import type { CompareMoment } from '../../lesson/compare-frames.ts';
import { sideFrame } from '../../lesson/compare-frames.ts';
import type { OkLesson } from '../../lesson/frame.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import { PanelBoundary } from '../shell/RenderBoundary.tsx';
import { sideText } from './moment-text.ts';

const ignore = () => {};

/**
 * One mode at a moment: what happens to its packet there (or why nothing does), and its
 * diagram at the settled frame of that hop, the camera on the packet at a readable zoom.
 */
export function ModeDiagram({
  mode,
  side,
  moment,
  lesson,
  reducedMotion,
  heading = true,
}: {
  mode: TargetMode;
  side: 0 | 1;
  moment: CompareMoment;
  lesson: OkLesson;
  reducedMotion: boolean;
  /** False under the tabs, whose tab names the mode already. */
  heading?: boolean;
}) {
  const t = useTranslate();
  const at = moment.sides[side];
  const frame = useMemo(
    () => sideFrame(lesson, at, { reducedMotion }),
    [lesson, at, reducedMotion],
  );
  const run = frame?.run ?? lesson.runs.main;
  return (
    <div className="cmp-side" data-mode={mode} data-held={at.segment === null || undefined}>
      {heading ? <h3 className="cmp-mode">{t('compare.modeName', { mode })}</h3> : null}
      <p className="cmp-where" data-mode={mode}>
        {run ? sideText(moment.moment, at, run, t) : null}
      </p>
      {frame ? (
        <PanelBoundary>
          <DiagramCanvas
            scene={frame.scene}
            emphasis={frame.emphasis}
            route={frame.route}
            dimmed={frame.dimmed}
            anchor={frame.packet?.to ?? null}
            packet={frame.packet}
            onInspect={ignore}
            onToggleExpand={ignore}
            reducedMotion={reducedMotion}
            ariaLabel={t('compare.diagram', { mode })}
            legend={false}
            controls="aside"
          />
        </PanelBoundary>
      ) : null}
    </div>
  );
}
