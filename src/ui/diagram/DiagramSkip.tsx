import { useRef, type ReactNode } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

/**
 * A keyboard way past the diagram's many buttons: "Skip the diagram", shown only while it has
 * focus, moves the focus to a mark after them ("End of the diagram", shown while focused), so the
 * next Tab reaches what follows the diagram.
 */
export function DiagramSkip({ children }: { children: ReactNode }) {
  const t = useTranslate();
  const end = useRef<HTMLSpanElement>(null);
  return (
    <>
      <button type="button" className="dg-skip" onClick={() => end.current?.focus()}>
        {t('diagram.skip')}
      </button>
      {children}
      <span ref={end} className="dg-skip-end" tabIndex={-1}>
        {t('diagram.skipEnd')}
      </span>
    </>
  );
}
