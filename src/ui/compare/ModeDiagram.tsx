import type { TargetMode } from '../../lesson/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import type { SideView } from './side-view.ts';

const ignore = () => {};

/** One half of the comparison: the mode, where it is, and its diagram fitted whole. */
export function ModeDiagram({
  mode,
  view,
  reducedMotion,
}: {
  mode: TargetMode;
  view: SideView;
  reducedMotion: boolean;
}) {
  const t = useTranslate();
  return (
    <div className="cmp-side">
      <h3 className="cmp-mode">{mode}</h3>
      <p className="cmp-where" data-mode={mode}>
        {view.where}
      </p>
      <DiagramCanvas
        scene={view.scene}
        emphasis={view.emphasis}
        packet={view.packet}
        onInspect={ignore}
        onToggleExpand={ignore}
        reducedMotion={reducedMotion}
        ariaLabel={t('compare.diagram', { mode })}
        fit="whole"
        legend={false}
      />
    </div>
  );
}
