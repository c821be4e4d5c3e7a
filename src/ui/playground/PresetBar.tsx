import { useId, useState } from 'react';
import type { Translate } from '../../i18n/translate.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { presets } from './presets.ts';

/** The largest file the playground opens (bytes). */
const MAX_FILE_BYTES = 2_000_000;

/** Reads dropped or chosen files as one multi-document YAML text; null (and a message) when it can't. */
async function readFiles(
  files: readonly File[],
  t: Translate,
  onProblem?: (m: string) => void,
): Promise<string | null> {
  const texts: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      onProblem?.(
        t('playground.fileTooLarge', {
          name: file.name,
          size: (file.size / 1e6).toFixed(1),
          max: MAX_FILE_BYTES / 1e6,
        }),
      );
      return null;
    }
    try {
      texts.push(await file.text());
    } catch {
      onProblem?.(t('playground.fileUnreadable', { name: file.name }));
      return null;
    }
  }
  onProblem?.('');
  return texts.map((text) => text.replace(/\n*$/, '\n')).join('---\n');
}

/** Presets and files: where the reader's manifests can start from. */
export function PresetBar({ onLoad }: { onLoad: (text: string, url?: string) => void }) {
  const t = useTranslate();
  const presetId = useId();
  const fileId = useId();
  const [problem, setProblem] = useState('');
  return (
    <div className="pg-toolbar">
      <label htmlFor={presetId}>{t('playground.presets')}</label>
      <select
        id={presetId}
        value=""
        onChange={(e) => {
          const preset = presets.find((p) => p.id === e.target.value);
          if (preset) onLoad(preset.text, preset.url);
        }}
      >
        <option value="">{t('playground.preset.choose')}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {t(`playground.preset.${p.id}`)}
          </option>
        ))}
      </select>
      <label className="pg-file" htmlFor={fileId}>
        {t('playground.openFile')}
      </label>
      <input
        id={fileId}
        className="pg-file-input"
        type="file"
        multiple
        accept=".yaml,.yml,.json,text/yaml,application/json,text/plain"
        data-testid="playground-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void readFiles(files, t, setProblem).then((text) => text !== null && onLoad(text));
        }}
      />
      <span className="muted">{t('playground.dropHint')}</span>
      {problem ? (
        <p className="notice" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
PresetBar.readFiles = readFiles;
