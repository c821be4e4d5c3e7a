import { useEffect, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { PanelBoundary } from '../shell/RenderBoundary.tsx';
import { useIsDark } from './useIsDark.ts';
import { renderMermaid, type MermaidResult } from './render-mermaid.ts';
import './mermaid.css';

/**
 * A Mermaid diagram rendered by the real library (loaded only when one is on screen). A diagram
 * that does not parse shows mermaid's own message in place of the picture.
 */
export function MermaidDiagram(props: { code: string; caption?: string }) {
  // Behind its own boundary: a picture that fails leaves a message and a retry, not a blank page.
  return (
    <PanelBoundary resetKey={props.code}>
      <MermaidPicture {...props} />
    </PanelBoundary>
  );
}

function MermaidPicture({ code, caption }: { code: string; caption?: string }) {
  const t = useTranslate();
  const dark = useIsDark();
  const [result, setResult] = useState<{ key: string; value: MermaidResult } | null>(null);
  const key = `${dark}\n${code}`;
  useEffect(() => {
    let live = true;
    renderMermaid(code, dark).then((value) => {
      if (live) setResult({ key, value });
    });
    return () => {
      live = false;
    };
  }, [code, dark, key]);
  const current = result?.key === key ? result.value : null;
  return (
    <figure className="mermaid-figure">
      {current === null ? (
        <p className="mermaid-loading">{t('prose.mermaid.loading')}</p>
      ) : current.ok ? (
        // mermaid's strict security level sanitises its SVG output.
        <div className="mermaid-svg" dangerouslySetInnerHTML={{ __html: current.svg }} />
      ) : (
        <div className="mermaid-error" role="note">
          <strong>{t('prose.mermaid.error')}</strong>
          <pre>{current.error}</pre>
        </div>
      )}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
