import { useEffect, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import {
  parseExportState,
  searchOfExportState,
  stateFromSvg,
  type ExportState,
} from '../../state/export-state.ts';
import { readTextChunks } from '../export/png-text.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/** The state an exported SVG or PNG file carries, or null. */
export async function stateOfFile(file: File): Promise<ExportState | null> {
  if (file.size > MAX_BYTES) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const text = readTextChunks(bytes).get('lbc-explainer');
    return text ? parseExportState(text) : null;
  }
  return stateFromSvg(new TextDecoder().decode(bytes));
}

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Dropping an SVG or PNG exported from the app anywhere on the page opens the step it shows (a
 * new history entry, read like any address). A file that says nothing gets a short notice.
 */
export function DropToOpen() {
  const t = useTranslate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      // Something else took it (the playground's editor), or it is not a picture of ours.
      if (!file || event.defaultPrevented || !/\.(svg|png)$/i.test(file.name)) return;
      event.preventDefault();
      void stateOfFile(file).then((state) => {
        if (!state) return setFailed(true);
        setFailed(false);
        window.history.pushState(null, '', searchOfExportState(state) + window.location.hash);
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!failed) return null;
  return (
    <p className="notice drop-notice" role="alert">
      {t('share.dropFailed')}{' '}
      <button type="button" className="share-copy" onClick={() => setFailed(false)}>
        {t('share.close')}
      </button>
    </p>
  );
}
