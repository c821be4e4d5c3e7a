import { useId } from 'react';
import type { Trace } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

interface TraceFormProps {
  url: string;
  clientIp: string;
  trace: Trace | null;
  onUrl: (url: string) => void;
  onClientIp: (ip: string) => void;
}

/** Any URL and client address; the final status and the path the request took. */
export function TraceForm({ url, clientIp, trace, onUrl, onClientIp }: TraceFormProps) {
  const t = useTranslate();
  const urlId = useId();
  const ipId = useId();
  const noLb = trace !== null && trace.summary.loadBalancer === null;
  return (
    <section className="pg-trace" aria-labelledby="pg-trace-title">
      <h3 id="pg-trace-title">{t('playground.trace')}</h3>
      <div className="pg-trace-fields">
        <label htmlFor={urlId}>{t('playground.url')}</label>
        <input
          id={urlId}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={url}
          onChange={(e) => onUrl(e.target.value)}
        />
        <label htmlFor={ipId}>{t('playground.clientIp')}</label>
        <input
          id={ipId}
          type="text"
          spellCheck={false}
          value={clientIp}
          onChange={(e) => onClientIp(e.target.value)}
        />
      </div>
      {trace ? (
        <p className="pg-trace-status" role="status" data-testid="playground-trace-status">
          <strong>
            {noLb
              ? t('playground.traceNoLb')
              : t('playground.traceStatus', { status: trace.status })}
          </strong>{' '}
          {noLb ? null : (
            <span className="muted">
              {t('playground.traceSummary', {
                path: trace.hops.map((h) => `${h.at} ${h.name}`).join(' → '),
              })}
            </span>
          )}
        </p>
      ) : null}
    </section>
  );
}
