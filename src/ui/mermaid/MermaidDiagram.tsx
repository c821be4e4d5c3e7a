import { useEffect, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { PanelBoundary } from '../shell/RenderBoundary.tsx';
import { FullSizeFigure } from './FullSizeFigure.tsx';
import { useIsDark } from './useIsDark.ts';
import { renderMermaid, type MermaidResult } from './render-mermaid.ts';
import { renderedFigure } from './rendered-figures.ts';
import './mermaid.css';

/**
 * A Mermaid diagram. `file` names its source in content/diagrams (`setup-corrected.ko`): the
 * picture `npm run figures` drew of it in the page's theme is shown (a small chunk, no mermaid in
 * the page); a diagram without one (new or changed since) is drawn by the real library, loaded
 * only then. A diagram that does not parse shows mermaid's own message in place of the picture.
 * `title` names the figure in its full-size dialog (its caption when it has none).
 */
export function MermaidDiagram(props: {
  code: string;
  file?: string;
  caption?: string;
  title?: string;
}) {
  // Behind its own boundary: a picture that fails leaves a message and a retry, not a blank page.
  return (
    <PanelBoundary resetKey={props.code}>
      <MermaidPicture {...props} />
    </PanelBoundary>
  );
}

type Outcome = { key: string; value: MermaidResult } | { key: string; failed: Error };

function MermaidPicture({
  code,
  file,
  caption,
  title,
}: {
  code: string;
  file?: string;
  caption?: string;
  title?: string;
}) {
  const t = useTranslate();
  const dark = useIsDark();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = `${dark}\n${file ?? ''}\n${code}`;
  useEffect(() => {
    let live = true;
    const picture =
      (file === undefined ? null : renderedFigure(file, code, dark)) ?? renderMermaid(code, dark);
    picture.then(
      (value) => {
        if (live) setOutcome({ key, value });
      },
      (error: unknown) => {
        if (live)
          setOutcome({ key, failed: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [code, file, dark, key]);
  const current = outcome?.key === key ? outcome : null;
  // A picture that could not be fetched (offline, a deploy in between): the boundary's message
  // and "Try again".
  if (current && 'failed' in current) throw current.failed;
  const result = current?.value ?? null;
  return (
    <figure className="mermaid-figure">
      {result === null ? (
        <p className="mermaid-loading">{t('prose.mermaid.loading')}</p>
      ) : result.ok ? (
        // Mermaid's strict security level sanitises its SVG output (drawn here, or by
        // `npm run figures` from the same sources).
        <>
          <div className="mermaid-svg" dangerouslySetInnerHTML={{ __html: result.svg }} />
          <FullSizeFigure svg={result.svg} title={title ?? caption} />
        </>
      ) : (
        <div className="mermaid-error" role="note">
          <strong>{t('prose.mermaid.error')}</strong>
          <pre>{result.error}</pre>
        </div>
      )}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
