/** The Share / Embed dialog's contents, loaded when the dialog first opens. */
import { useEffect, useId, useState } from 'react';
import type { OkLesson } from '../../lesson/frame.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { useAppStore } from '../../state/app-store.ts';
import type { ExportState } from '../../state/export-state.ts';
import {
  selectChapterId,
  selectLocale,
  selectMode,
  selectStepIndex,
  selectTheme,
} from '../../state/selectors.ts';
import { stepParam } from '../../state/url-sync.ts';
import type { ExportContext } from '../export/exports.ts';
import { fileName } from '../export/file-name.ts';
import { appBase, hostRecipes, SHARE_HOSTS, shareLinks, type SharePlace } from './share-links.ts';

const loadExports = () => import('../export/exports.ts');

function CopyField({ label, value, rows }: { label: string; value: string; rows?: number }) {
  const t = useTranslate();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <div className="share-field-row">
        {rows ? (
          <textarea id={id} readOnly value={value} rows={rows} spellCheck={false} />
        ) : (
          <input id={id} readOnly value={value} spellCheck={false} />
        )}
        <button type="button" className="share-copy" onClick={copy}>
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
    </div>
  );
}

/** The scenario parameter of the address (the playground's), as it is. */
const scenarioParam = () => new URLSearchParams(window.location.search).get('scenario');

/** The theme on screen ("system" resolved), which the pictures use. */
const shownTheme = (): 'light' | 'dark' =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

function useExportContext(lesson: OkLesson): () => ExportContext {
  const t = useTranslate();
  const chapterId = useAppStore(selectChapterId);
  return () => {
    const s = useAppStore.getState();
    const state: ExportState = {
      chapter: s.chapterId,
      step: stepParam(lesson, s.simulatedMs),
      mode: lesson.mode,
      lang: s.locale,
      scenario: scenarioParam(),
    };
    return {
      lesson,
      simulatedMs: s.simulatedMs,
      expanded: s.expanded,
      t,
      theme: shownTheme(),
      state,
      chapterTitle: t(`chapter.title.${chapterId}`),
    };
  };
}

export function ShareContents({ lesson, onClose }: { lesson: OkLesson; onClose: () => void }) {
  const t = useTranslate();
  const chapterId = useAppStore(selectChapterId);
  const locale = useAppStore(selectLocale);
  const mode = useAppStore(selectMode);
  const theme = useAppStore(selectTheme);
  const step = useAppStore((s) => stepParam(lesson, s.simulatedMs));
  const context = useExportContext(lesson);
  const [mermaid, setMermaid] = useState<{ flowchart: string; sequence: string } | null>(null);
  const [status, setStatus] = useState('');

  const place: SharePlace = {
    chapter: chapterId,
    step,
    mode,
    lang: locale,
    theme,
    scenario: scenarioParam(),
  };
  const links = shareLinks(appBase(window.location), place, t('app.title'));
  const files = { svg: fileName(place, 'svg'), png: fileName(place, 'png') };
  const stepIndex = useAppStore(selectStepIndex);
  const recipes = hostRecipes({
    links,
    files,
    caption: t('export.title', {
      chapter: t(`chapter.title.${chapterId}`),
      step: stepIndex + 1,
      total: lesson.steps.length,
      mode,
    }),
    flowchart: mermaid?.flowchart ?? null,
  });

  useEffect(() => {
    let live = true;
    loadExports().then((exports) => {
      if (live) setMermaid(exports.mermaidOf(context()));
    });
    return () => {
      live = false;
    };
    // Written again when the place changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, step, locale]);

  const save = async (format: 'SVG' | 'PNG' | 'GIF') => {
    setStatus(t('share.working', { format }));
    try {
      const exports = await loadExports();
      const ctx = context();
      if (format === 'SVG')
        exports.download(await exports.svgFileOf(ctx), exports.fileName(ctx.state, 'svg'));
      else if (format === 'PNG')
        exports.download(await exports.pngOf(ctx), exports.fileName(ctx.state, 'png'));
      else exports.download(await exports.gifOf(ctx), exports.fileName(ctx.state, 'gif'));
      setStatus('');
    } catch (error) {
      setStatus(
        t('share.failed', {
          format,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <>
      <div className="share-head">
        <h2 id="share-title">{t('share.title')}</h2>
        <button type="button" className="share-close" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <p className="share-intro">{t('share.intro')}</p>
      <CopyField label={t('share.link')} value={links.link} />
      <CopyField label={t('share.embedLink')} value={links.embedSrc} />
      <CopyField label={t('share.iframe')} value={links.iframe} rows={3} />
      <CopyField label={t('share.element')} value={links.element} rows={2} />
      <h3>{t('share.mermaid')}</h3>
      {mermaid ? (
        <>
          <CopyField label={t('share.mermaidFlowchart')} value={mermaid.flowchart} rows={6} />
          <CopyField label={t('share.mermaidSequence')} value={mermaid.sequence} rows={6} />
        </>
      ) : (
        <p role="status">{t('share.mermaidLoading')}</p>
      )}
      <h3>{t('share.downloads')}</h3>
      <p className="share-hint">{t('share.downloadHint')}</p>
      <div className="share-downloads">
        {(['SVG', 'PNG', 'GIF'] as const).map((format) => (
          <button key={format} type="button" className="player-button" onClick={() => save(format)}>
            {format}
          </button>
        ))}
        <span className="share-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      <h3>{t('share.hosts')}</h3>
      <dl className="share-hosts">
        {SHARE_HOSTS.map((host) => (
          <div key={host}>
            <dt>{t(`share.host.${host}` as MessageKey)}</dt>
            <dd>
              <CopyField
                label={t(`share.host.${host}.text` as MessageKey, files)}
                value={recipes[host]}
                rows={(host === 'gitlab' && mermaid) || host === 'confluenceDc' ? 4 : 2}
              />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
