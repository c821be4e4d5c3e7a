import { describe, expect, it } from 'vitest';
import { ANNOTATION_TABLE } from '../../simulator/annotation-table.ts';
import { annotationEntries, annotationTexts, filterEntries } from './annotation-entries.ts';

const keys = ANNOTATION_TABLE.map((a) => a.key).sort();

describe('the annotation reference', () => {
  it.each(['en', 'ko'] as const)(
    'has %s text for every annotation in the table, and no other',
    (locale) => {
      const texts = annotationTexts[locale].texts;
      expect(Object.keys(texts).sort()).toEqual(keys);
      for (const key of keys) expect(texts[key]?.text.trim().length, key).toBeGreaterThan(0);
    },
  );

  it('narrows the list to the entries that contain every word of the search', () => {
    const entries = annotationEntries('en');
    const level = (l: string) => l;
    expect(filterEntries(entries, '', level)).toHaveLength(entries.length);
    const found = filterEntries(entries, 'ssl redirect', level).map((e) => e.key);
    expect(found).toContain('alb.ingress.kubernetes.io/ssl-redirect');
    expect(found.length).toBeLessThan(entries.length);
    expect(filterEntries(annotationEntries('ko'), '리디렉션', level).map((e) => e.key)).toContain(
      'alb.ingress.kubernetes.io/ssl-redirect',
    );
  });
});
