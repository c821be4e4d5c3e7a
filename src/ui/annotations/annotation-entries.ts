// The table's own module, not the front door: the page must not load the simulator's runtime.
import { ANNOTATION_TABLE, type AnnotationSpec } from '../../simulator/annotation-table.ts';
import en from '../../../content/annotations/en.ts';
import ko from '../../../content/annotations/ko.ts';
import type { Locale } from '../../i18n/locales.ts';

export const annotationTexts = { en, ko } as const;

/** One row of the reference: the simulator's facts and the words of one language. */
export interface AnnotationEntry extends AnnotationSpec {
  text: string;
  /** The default as the page shows it: in words, the table's value, or null for none. */
  defaultText: string | null;
}

export function annotationEntries(locale: Locale): AnnotationEntry[] {
  const { texts } = annotationTexts[locale];
  return ANNOTATION_TABLE.map((spec) => {
    const words = texts[spec.key];
    return {
      ...spec,
      text: words?.text ?? '',
      defaultText: words?.default ?? spec.default,
    };
  });
}

/** Entries whose key, values or words contain every word of the query (case-insensitive). */
export function filterEntries(
  entries: readonly AnnotationEntry[],
  query: string,
  levelName: (level: AnnotationSpec['level']) => string,
): AnnotationEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const haystack = [e.key, e.text, e.defaultText ?? '', e.example, levelName(e.level)]
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
