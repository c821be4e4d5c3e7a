import { useId, useMemo, useState } from 'react';
import { fillPlaceholders } from '../../i18n/translate.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import {
  annotationEntries,
  annotationTexts,
  filterEntries,
  type AnnotationEntry,
} from './annotation-entries.ts';
import './annotations.css';

interface AnnotationReferenceProps {
  /** The course's address (same language and theme), for the way back. */
  backHref: string;
}

/**
 * Every annotation the simulator reads, from its own table, with a search box. Loaded only when
 * `?page=annotations` is opened.
 */
export function AnnotationReference({ backHref }: AnnotationReferenceProps) {
  const locale = useLocale();
  const page = annotationTexts[locale].page;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const hintId = useId();
  const all = useMemo(() => annotationEntries(locale), [locale]);
  const shown = useMemo(
    () => filterEntries(all, query, (level) => page.levels[level]),
    [all, query, page],
  );
  const sections = [
    { on: 'ingress' as const, heading: page.ingress },
    { on: 'service' as const, heading: page.service },
  ];
  return (
    <article className="ann-page" aria-labelledby={`${searchId}-title`}>
      <p>
        <a href={backHref}>← {page.back}</a>
      </p>
      <h2 id={`${searchId}-title`}>{page.title}</h2>
      <p className="ann-lead">{page.lead}</p>
      <div className="ann-search">
        <label htmlFor={searchId}>{page.search}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          aria-describedby={hintId}
          placeholder={page.searchHint}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id={hintId} className="ann-count" role="status">
          {fillPlaceholders(page.count, { shown: shown.length, total: all.length })}
        </p>
      </div>
      {shown.length === 0 ? <p>{fillPlaceholders(page.none, { query })}</p> : null}
      {sections.map(({ on, heading }) => {
        const entries = shown.filter((e) => e.on === on);
        if (entries.length === 0) return null;
        return (
          <section key={on} className="ann-section">
            <h3>{heading}</h3>
            <ul className="ann-list">
              {entries.map((entry) => (
                <AnnotationItem key={entry.key} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}

function AnnotationItem({ entry }: { entry: AnnotationEntry }) {
  const page = annotationTexts[useLocale()].page;
  return (
    <li className="ann-item" data-testid="annotation">
      <h4 className="ann-key">
        <code>{entry.key}</code>
      </h4>
      <p className="ann-tags">
        <span className="ann-tag">{page.levels[entry.level]}</span>
        {'alsoOnService' in entry && entry.alsoOnService ? (
          <span className="ann-tag">{page.alsoOnService}</span>
        ) : null}
      </p>
      <p>{entry.text}</p>
      <dl className="ann-facts">
        <dt>{page.defaultLabel}</dt>
        <dd>{entry.defaultText === null ? page.noDefault : <code>{entry.defaultText}</code>}</dd>
        <dt>{page.exampleLabel}</dt>
        <dd>
          <code className="ann-example">
            {entry.key}: &apos;{entry.example}&apos;
          </code>
        </dd>
      </dl>
    </li>
  );
}
