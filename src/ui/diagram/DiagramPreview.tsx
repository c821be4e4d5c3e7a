import './preview.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import { DiagramCanvas } from './DiagramCanvas.tsx';
import { Inspector } from './Inspector.tsx';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { packetAtMiddle, seedPreviewData } from './seed-preview-data.ts';

/**
 * The diagram on its own: the seed scenario with a packet half way along its trace, the inspector
 * beside it. Not routed by the app; tests and local previews render it.
 */
export function DiagramPreview({ reducedMotion }: { reducedMotion?: boolean }) {
  const t = useTranslate();
  const systemReducedMotion = useReducedMotion();
  const [data] = useState(seedPreviewData);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [inspected, setInspected] = useState<string | null>(null);
  const scene = useMemo(
    () => buildScene(sceneInputFromWorld(data.world, data.plan), expanded),
    [data, expanded],
  );
  const packet = useMemo(() => packetAtMiddle(data), [data]);
  const emphasis = useMemo(() => new Set(packet ? [packet.to] : []), [packet]);
  const toggleExpand = useCallback(
    (id: string) =>
      setExpanded((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const closeInspector = useCallback(() => setInspected(null), []);

  return (
    <div className="dg-preview">
      <h2>{t('diagram.preview.title')}</h2>
      <p>{t('diagram.preview.lead')}</p>
      <div className={`dg-preview-layout${inspected === null ? '' : ' has-inspector'}`}>
        <DiagramCanvas
          scene={scene}
          emphasis={emphasis}
          packet={packet}
          onInspect={setInspected}
          onToggleExpand={toggleExpand}
          reducedMotion={reducedMotion ?? systemReducedMotion}
          ariaLabel={t('diagram.preview.title')}
        />
        {inspected === null ? null : (
          <Inspector id={inspected} scene={scene} data={data} onClose={closeInspector} />
        )}
      </div>
    </div>
  );
}
