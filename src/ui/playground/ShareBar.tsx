import { useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { MAX_SCENARIO_PARAM } from '../../state/playground/scenario-codec.ts';
import { downloadText } from './download.ts';
import type { LinkState } from './useSharedScenario.ts';

/** Copy the link that holds the manifests, or, past the size limit, download them instead. */
export function ShareBar({ link, text }: { link: LinkState; text: string }) {
  const t = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="pg-share" role="group" aria-label={t('playground.share')}>
      {link.kind === 'ok' ? (
        <>
          <button type="button" onClick={() => void copy()}>
            {t('playground.copyLink')}
          </button>
          <span className="muted" role="status">
            {copied ? t('playground.linkCopied') : t('playground.savedLocally')}
          </span>
        </>
      ) : (
        <p className="notice" role="status" data-testid="playground-too-long">
          {t('playground.tooLongForLink', { size: link.size, max: MAX_SCENARIO_PARAM })}{' '}
          <button type="button" onClick={() => downloadText('manifests.yaml', text)}>
            {t('playground.downloadYaml')}
          </button>
        </p>
      )}
    </div>
  );
}
