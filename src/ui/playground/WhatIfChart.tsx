import { memo } from 'react';
import type { WhatIfSummary } from '../../lesson/playground/what-if.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

const ROW = 16;
const LABEL = 200;
const WIDTH = 720;
const states = [
  'initial',
  'healthy',
  'unhealthy',
  'draining',
  'unused',
  'unavailable',
  'gone',
] as const;

/** Target health over the simulated time (one row per target) and the requests by status. */
export const WhatIfChart = memo(function WhatIfChart({ summary }: { summary: WhatIfSummary }) {
  const t = useTranslate();
  const endMs = Math.max(summary.endMs, 1);
  const x = (ms: number) => LABEL + ((WIDTH - LABEL - 8) * ms) / endMs;
  const height = summary.health.length * ROW + 24;
  const statuses = Object.entries(summary.requests.byStatus).sort(([a], [b]) => a.localeCompare(b));
  const most = Math.max(1, ...statuses.map(([, n]) => n));
  return (
    <div className="pg-whatif-chart">
      <h4>{t('playground.whatIf.health')}</h4>
      {summary.health.length === 0 ? (
        <p className="muted">{t('playground.whatIf.noHealth')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={t('playground.whatIf.healthLabel', {
            count: summary.health.length,
            seconds: Math.round(endMs / 1000),
          })}
        >
          {summary.health.map((s, row) => (
            <g key={`${s.targetGroup} ${s.target}`} transform={`translate(0 ${row * ROW})`}>
              <text x={LABEL - 6} y={ROW - 4} textAnchor="end" className="pg-whatif-label">
                {s.target.length > 28 ? `…${s.target.slice(-27)}` : s.target}
              </text>
              {s.points.map((p, i) => {
                const to = s.points[i + 1]?.atMs ?? endMs;
                return (
                  <rect
                    key={i}
                    x={x(p.atMs)}
                    y={2}
                    width={Math.max(1, x(to) - x(p.atMs))}
                    height={ROW - 4}
                    className={`pg-state is-${p.state}`}
                  >
                    <title>{`${s.target}: ${p.state} @ ${(p.atMs / 1000).toFixed(1)} s`}</title>
                  </rect>
                );
              })}
            </g>
          ))}
          <text x={LABEL} y={height - 6} className="pg-whatif-label">
            0 s
          </text>
          <text x={WIDTH - 8} y={height - 6} textAnchor="end" className="pg-whatif-label">
            {Math.round(endMs / 1000)} s
          </text>
        </svg>
      )}
      <p className="pg-whatif-legend">
        {states.map((s) => (
          <span key={s}>
            <span className={`pg-swatch is-${s}`} aria-hidden="true" />{' '}
            {s === 'gone' ? t('playground.whatIf.gone') : t(`health.${s}`)}
          </span>
        ))}
      </p>
      <h4>{t('playground.whatIf.requests', { total: summary.requests.total })}</h4>
      {statuses.length === 0 ? (
        <p className="muted">{t('playground.whatIf.noTraffic')}</p>
      ) : (
        <table className="pg-status-table" data-testid="playground-requests">
          <tbody>
            {statuses.map(([status, count]) => (
              <tr
                key={status}
                className={Number(status) >= 500 || status === '0' ? 'is-bad' : undefined}
              >
                <th scope="row">{status === '0' ? t('playground.whatIf.noAnswer') : status}</th>
                <td>{count}</td>
                <td className="pg-bar-cell">
                  <span className="pg-bar" style={{ width: `${(100 * count) / most}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
});
