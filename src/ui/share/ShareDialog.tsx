import './share.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectOkLesson } from '../../state/selectors.ts';

import type { ShareContents } from './ShareContents.tsx';

const loadContents = () => import('./ShareContents.tsx').then((m) => m.ShareContents);

/**
 * "Share / Embed": a button that opens a modal dialog with the link, the iframe and
 * `<lbc-explainer>` snippets, the Mermaid text, SVG / PNG / GIF downloads and how to put each in
 * the common wikis, all for the step on screen.
 */
export function ShareButton() {
  const t = useTranslate();
  const lesson = useAppStore(selectOkLesson);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [Contents, setContents] = useState<typeof ShareContents | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // The dialog's code is fetched once the page is idle, so a click opens it at once.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    idle(
      () =>
        void loadContents().then(
          (loaded) => setContents(() => loaded),
          () => undefined,
        ),
    );
  }, []);
  const show = () => {
    void loadContents().then(
      (loaded) => {
        setContents(() => loaded);
        setFailed(null);
        setOpen(true);
        dialog.current?.showModal();
      },
      // Its code could not be fetched (offline before it was): the dialog says so.
      (error: unknown) => {
        setFailed(error instanceof Error ? error.message : String(error));
        setOpen(true);
        dialog.current?.showModal();
      },
    );
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" className="share-button" onClick={show} disabled={!lesson}>
        {t('share.open')}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby="share-title"
        onClose={() => setOpen(false)}
      >
        {open && failed !== null ? (
          <>
            <p role="alert">{t('app.panelFailed', { message: failed })}</p>
            <button type="button" className="share-button" onClick={close}>
              {t('share.close')}
            </button>
          </>
        ) : open && lesson && Contents ? (
          <Contents lesson={lesson} onClose={close} />
        ) : null}
      </dialog>
    </>
  );
}
