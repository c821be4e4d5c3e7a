import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { misconceptionLabel } from './misconception-label.ts';

describe('a misconception figure’s label', () => {
  it.each(['en', 'ko'] as const)(
    'marks the wrong picture ✗ and the corrected one ✓ (%s)',
    (locale) => {
      const t = createTranslator(locale);
      expect(misconceptionLabel(t, 'original')).toBe(`✗ ${t('prose.misconception.original')}`);
      expect(misconceptionLabel(t, 'corrected')).toBe(`✓ ${t('prose.misconception.corrected')}`);
      expect(t('prose.misconception.original')).not.toBe('prose.misconception.original');
    },
  );
});
