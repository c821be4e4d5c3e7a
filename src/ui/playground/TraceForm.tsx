import { useId } from 'react';
import type { Plan, Trace } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { traceVerdict } from './trace-verdict.ts';

interface TraceFormProps {
  url: string;
  clientIp: string;
  trace: Trace | null;
  plan: Plan | null;
  /** How many error findings the run has (a build that failed traces nothing). */
  errors: number;
  onUrl: (url: string) => void;
  onClientIp: (ip: string) => void;
}

/** Any URL and client address; the final status and the path the request took. */
export function TraceForm({
  url,
  clientIp,
  trace,
  plan,
  errors,
  onUrl,
  onClientIp,
}: TraceFormProps) {
  const t = useTranslate();
  const urlId = useId();
  const ipId = useId();
  const verdict = traceVerdict(trace, plan, errors);
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
      {verdict ? (
        <p className="pg-trace-status" role="status" data-testid="playground-trace-status">
          {verdict.kind === 'status' && trace ? (
            <>
              <strong>{t('playground.traceStatus', { status: verdict.status })}</strong>{' '}
              <span className="muted">
                {t('playground.traceSummary', {
                  path: trace.hops.map((h) => `${h.at} ${h.name}`).join(' → '),
                })}
              </span>
            </>
          ) : verdict.kind === 'not-url' ? (
            <strong>{t('playground.trace.notUrl')}</strong>
          ) : verdict.kind === 'build-failed' ? (
            <strong>{t('playground.trace.buildFailed', { count: verdict.errors })}</strong>
          ) : verdict.kind === 'no-load-balancer' ? (
            <strong>{t('playground.trace.noLoadBalancer')}</strong>
          ) : verdict.kind === 'no-answer' ? (
            <strong>{t('playground.trace.noAnswer', { host: verdict.host })}</strong>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
