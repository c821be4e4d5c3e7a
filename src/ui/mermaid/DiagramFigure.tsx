import { useLocale } from '../../i18n/useLocale.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { diagramFile, diagramSource } from './diagram-sources.ts';
import type { DiagramFigureProps } from './diagram-figure-props.ts';
import { MermaidDiagram } from './MermaidDiagram.tsx';

// Loaded on first use (load-figures.ts): the page's first script carries none of the diagrams.
export { prefetchFigures } from './rendered-figures.ts';

/** A diagram from content/diagrams, in the reader's language when there is a variant. */
export function DiagramFigure({ diagram, caption, title }: DiagramFigureProps) {
  const locale = useLocale();
  const t = useTranslate();
  const file = diagramFile(diagram, locale);
  const code = diagramSource(diagram, locale);
  if (file === null || code === null)
    return <p className="mermaid-error">{t('prose.mermaid.missing', { name: diagram })}</p>;
  return <MermaidDiagram code={code} file={file} caption={caption} title={title} />;
}
