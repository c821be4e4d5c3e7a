import { useId, useRef, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** The width mermaid drew a figure at (its viewBox), in CSS pixels: its text is 16 px there. */
export function naturalWidth(svg: string): number | null {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg);
  const width = match ? Number(match[1]) : NaN;
  return Number.isFinite(width) && width > 0 ? width : null;
}

/**
 * The same picture under ids of its own: mermaid scopes its styles and arrowheads under the
 * SVG's id, and a page must not hold one id twice.
 */
export function withOwnIds(svg: string, suffix: string): string {
  const id = /<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
  return id ? svg.split(id).join(`${id}${suffix}`) : svg;
}

/**
 * "Open at full size" under a figure squeezed into the prose column: a modal dialog shows it at
 * the size mermaid drew it (16 px text), scrolling when it is larger than the screen. Escape or
 * "Close" closes it, and focus goes back to the button. The dialog's heading (and name) is the
 * figure's own title when it has one ("✗ A diagram often drawn for this — at full size"), so a
 * picture drawn wrong on purpose still says so when it fills the screen.
 */
export function FullSizeFigure({ svg, title }: { svg: string; title?: string }) {
  const t = useTranslate();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const width = naturalWidth(svg);
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="mermaid-open" onClick={show}>
        {t('prose.mermaid.open')}
      </button>
      <dialog
        ref={dialog}
        className="mermaid-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        <div className="mermaid-dialog-head">
          <h2 id={headingId} className="mermaid-dialog-title">
            {title ? t('prose.mermaid.fullSizeOf', { title }) : t('prose.mermaid.fullSize')}
          </h2>
          <button type="button" className="mermaid-close" onClick={() => dialog.current?.close()}>
            {t('prose.mermaid.close')}
          </button>
        </div>
        {open ? (
          <div
            className="mermaid-svg mermaid-full"
            style={width === null ? undefined : { width: `${Math.ceil(width)}px` }}
            // The figure shown above, sanitised the same way (mermaid's strict security level).
            dangerouslySetInnerHTML={{ __html: withOwnIds(svg, '-full') }}
          />
        ) : null}
      </dialog>
    </>
  );
}
