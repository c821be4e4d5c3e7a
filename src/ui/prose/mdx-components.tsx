import { ProseCode } from './ProseCode.tsx';
import {
  Children,
  cloneElement,
  isValidElement,
  lazy,
  Suspense,
  useId,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { loadFigures } from '../mermaid/load-figures.ts';
import type { DiagramFigureProps } from '../mermaid/diagram-figure-props.ts';
import { PanelBoundary } from '../shell/RenderBoundary.tsx';
import { useGlossary } from './useGlossary.ts';
import { misconceptionLabel } from './misconception-label.ts';
import { useProseContext } from './prose-slot.ts';
import { simFigure } from './sim-figure.ts';

/**
 * Prose written for one target type only: shown when the reader's mode is `only`, absent in the
 * other mode (and in chapters that have one mode, shown only if that is the mode).
 */
export function Mode({ only, children }: { only: 'instance' | 'ip'; children?: ReactNode }) {
  const { lesson } = useProseContext();
  return lesson.mode === only ? <>{children}</> : null;
}

/** One step's prose; shown only when the step is current, or in reading mode with its figure. */
export function Step({
  id,
  title: defaultTitle,
  instanceTitle,
  ipTitle,
  children,
}: {
  id: string;
  title: string;
  /** The title in one mode, where the step's subject differs between the modes. */
  instanceTitle?: string;
  ipTitle?: string;
  children?: ReactNode;
}) {
  const { slot, lesson } = useProseContext();
  const headingId = useId();
  const title = (lesson.mode === 'ip' ? ipTitle : instanceTitle) ?? defaultTitle;
  if (slot.kind === 'step')
    return slot.id === id ? (
      <div className="prose-step" data-step={id}>
        <h3 className="prose-step-title">{title}</h3>
        {children}
      </div>
    ) : null;
  if (slot.kind === 'all')
    return (
      <section className="reading-step" data-step={id} aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <div className="reading-step-body">
          <div className="reading-step-prose">{children}</div>
          {slot.renderStepFigure(id, title)}
        </div>
      </section>
    );
  return null;
}

/** A glossary term: the word in the text, its definition one click (or Enter) away. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const locale = useLocale();
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const { glossary, failed, retry } = useGlossary();
  const entry = glossary?.get(id)?.[locale];
  // Once the glossary is here, a word it does not define is plain text (a test holds every
  // chapter's terms to it); until then the word is a button already, so nothing moves.
  if (glossary && !entry) return <>{children}</>;
  return (
    <span className="term">
      <button
        type="button"
        className="term-word"
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children ?? entry?.term ?? id}
      </button>
      {open ? (
        <span id={popoverId} className="term-definition" role="note">
          {entry ? (
            <>
              <strong>{entry.term}</strong> {entry.definition}
            </>
          ) : failed ? (
            <>
              {t('prose.term.unavailable')}{' '}
              <button type="button" className="term-close" onClick={retry}>
                {t('prose.term.retry')}
              </button>
            </>
          ) : (
            t('prose.term.loading')
          )}{' '}
          <button type="button" className="term-close" onClick={() => setOpen(false)}>
            {t('prose.term.close')}
          </button>
        </span>
      ) : null}
    </span>
  );
}

const DiagramFigure = lazy(() => loadFigures().then((m) => ({ default: m.DiagramFigure })));

/** A diagram from content/diagrams, in the reader's language when there is a variant. */
export function Mermaid({ diagram, caption, title }: DiagramFigureProps) {
  const t = useTranslate();
  return (
    // Its code cannot be fetched (offline before it was prefetched): a message and a retry.
    <PanelBoundary resetKey={diagram}>
      <Suspense
        fallback={
          <figure className="mermaid-figure">
            <p className="mermaid-loading">{t('prose.mermaid.loading')}</p>
          </figure>
        }
      >
        <DiagramFigure diagram={diagram} caption={caption} title={title} />
      </Suspense>
    </PanelBoundary>
  );
}

/**
 * "Common misconception": what the seed says, its diagram beside the corrected one. `asWritten`
 * names the seed's diagram exactly as written when it had to be repaired to render at all.
 */
export function Misconception({
  original,
  corrected,
  asWritten,
  children,
}: {
  original: string;
  corrected: string;
  asWritten?: string;
  children?: ReactNode;
}) {
  const t = useTranslate();
  const headingId = useId();
  const wrong = misconceptionLabel(t, 'original');
  const right = misconceptionLabel(t, 'corrected');
  return (
    // A note, not a landmark: reading mode shows several, and landmarks need unique names.
    <div className="misconception" role="note" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('prose.misconception.title')}</h4>
      {children}
      <div className="misconception-figures">
        <div>
          <p className="misconception-label is-original">{wrong}</p>
          <Mermaid diagram={original} title={wrong} />
        </div>
        <div>
          <p className="misconception-label is-corrected">{right}</p>
          <Mermaid diagram={corrected} title={right} />
        </div>
      </div>
      {asWritten ? (
        <details className="misconception-as-written">
          <summary>{t('prose.misconception.asWritten')}</summary>
          <Mermaid diagram={asWritten} />
        </details>
      ) : null}
    </div>
  );
}

/** A number the simulator computed for one of the chapter's runs. */
export function SimFigure({ variant = 'main', metric }: { variant?: string; metric: string }) {
  const { lesson } = useProseContext();
  const locale = useLocale();
  const value = simFigure(lesson, variant, metric);
  return (
    <strong className="sim-figure" data-metric={metric}>
      {value === null ? '–' : value.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US')}
      {metric.startsWith('percent:') && value !== null ? '%' : ''}
    </strong>
  );
}

export function Option({ children }: { id: string; children?: ReactNode }) {
  return <>{children}</>;
}

export function Explain({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

const isElementOf = <P,>(node: ReactNode, type: (props: P) => ReactNode): node is ReactElement<P> =>
  isValidElement(node) && node.type === type;

/**
 * Takes a question's options and explanation out of its MDX children, wherever MDX put them (an
 * `<Option>` written on the line after the prompt lands inside the prompt's paragraph).
 */
function extractQuestion(
  children: ReactNode,
  found: { options: Map<string, ReactNode>; explain: ReactNode },
): ReactNode {
  return Children.map(children, (child): ReactNode => {
    if (isElementOf(child, Option)) {
      found.options.set(child.props.id, child.props.children);
      return null;
    }
    if (isElementOf(child, Explain)) {
      found.explain = child.props.children;
      return null;
    }
    if (isValidElement<{ children?: ReactNode }>(child) && child.props.children !== undefined)
      return cloneElement(child, undefined, extractQuestion(child.props.children, found));
    return child;
  });
}

/** A question's text; the quiz decides how it is asked and answered. */
export function Question({ id, children }: { id: string; children?: ReactNode }) {
  const { slot } = useProseContext();
  if (slot.kind !== 'question' || slot.id !== id) return null;
  const found = { options: new Map<string, ReactNode>(), explain: null as ReactNode };
  const lead = extractQuestion(children, found);
  return <>{slot.render({ lead, options: found.options, explain: found.explain })}</>;
}

/** Top-level prose outside a step or question is not shown: every word belongs to a step. */
export const mdxComponents = {
  code: ProseCode,
  Mode,
  Step,
  Term,
  Mermaid,
  Misconception,
  SimFigure,
  Question,
  Option,
  Explain,
};
