import './diagram-theme.css';
import './inspector.css';
import './inspector-content.css';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { diagramElementFor } from './focus-diagram-element.ts';
import { InspectorBody } from './inspector/InspectorBody.tsx';
import { inspect, type InspectorData } from './inspector/inspector-data.ts';
import { translateSceneText } from './translate-scene-text.ts';

export type { InspectorData } from './inspector/inspector-data.ts';

export interface InspectorProps {
  /** The diagram element to inspect. */
  id: string;
  data: InspectorData;
  onClose: () => void;
  /** The scene on screen, for the element's name; without it the data's own scene is used. */
  scene?: Scene;
}

/**
 * A side panel about one diagram element. Opening moves focus to its heading; Escape or the close
 * button closes it and returns focus to the element in the diagram.
 */
export function Inspector({ id, data, onClose, scene }: InspectorProps) {
  const t = useTranslate();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const inspection = useMemo(
    () => inspect(id, scene ?? { nodes: [], edges: [], width: 0, height: 0 }, data),
    [id, scene, data],
  );

  useEffect(() => {
    returnTo.current = diagramElementFor(id, document.activeElement);
    heading.current?.focus();
  }, [id]);

  const close = () => {
    const target = returnTo.current;
    onClose();
    target?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  return (
    <div
      className="dg-inspector"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <header className="dg-inspector-header">
        <p className="dg-inspector-kicker">{t('inspector.region')}</p>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {inspection ? translateSceneText(t, inspection.node.a11y) : id}
        </h2>
        <button
          type="button"
          className="dg-inspector-close"
          onClick={close}
          aria-label={t('inspector.close')}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M3 3l10 10M13 3 3 13"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </header>
      {inspection ? (
        <InspectorBody inspection={inspection} />
      ) : (
        <p className="dg-muted">{t('inspector.notFound')}</p>
      )}
    </div>
  );
}
