import { useEffect, useState } from 'react';
import {
  allSwitches,
  LONG_GRACE_SECONDS,
  PRE_STOP_SECONDS,
  SHORT_DEREGISTRATION_SECONDS,
  withSwitches,
  type GridCell,
  type RolloutSwitches,
} from '../../lesson/playground/rolling-update-grid.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

interface RolloutGridProps {
  lab: { text: string; actions: string; url: string };
  clientIp: string;
  /** Puts one combination into the editor (the reader's work stays one Undo away). */
  onUse: (text: string, actions: string) => void;
}

const combos = allSwitches();
/** Rows: readiness gates × preStop; columns: deregistration delay × grace period. */
const rows = [false, true].flatMap((readinessGates) =>
  [false, true].map((preStop) => ({ readinessGates, preStop })),
);
const columns = [false, true].flatMap((shortDeregistration) =>
  [false, true].map((longGrace) => ({ shortDeregistration, longGrace })),
);
const indexOf = (s: RolloutSwitches) =>
  combos.findIndex(
    (c) =>
      c.readinessGates === s.readinessGates &&
      c.preStop === s.preStop &&
      c.shortDeregistration === s.shortDeregistration &&
      c.longGrace === s.longGrace,
  );

/** Runs the sixteen combinations in a worker of their own; cells arrive one by one. */
function useGrid(lab: RolloutGridProps['lab'], clientIp: string) {
  const [cells, setCells] = useState<readonly (GridCell | 'failed' | undefined)[]>([]);
  useEffect(() => {
    const worker = new Worker(new URL('../../lesson/rollout-grid.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (
      message: MessageEvent<{ index: number; cell?: GridCell; error?: string }>,
    ) => {
      const { index, cell } = message.data;
      setCells((was) => {
        const next = [...was];
        next[index] = cell ?? 'failed';
        return next;
      });
    };
    worker.postMessage({ text: lab.text, actions: lab.actions, url: lab.url, clientIp });
    return () => {
      worker.terminate();
      setCells([]);
    };
  }, [lab, clientIp]);
  return cells;
}

/**
 * Lab 1's grid of sixteen small views: the 5xx a rollout under traffic gives its clients for
 * every combination of readiness gates, a preStop sleep, the deregistration delay and the grace
 * period, all at once.
 */
export function RolloutGrid({ lab, clientIp, onUse }: RolloutGridProps) {
  const t = useTranslate();
  const cells = useGrid(lab, clientIp);
  const done = cells.filter(Boolean).length;
  const onOff = (on: boolean) => (on ? t('playground.grid.on') : t('playground.grid.off'));
  const rowLabel = (r: (typeof rows)[number]) =>
    t('playground.grid.row', {
      gates: onOff(r.readinessGates),
      preStop: r.preStop ? PRE_STOP_SECONDS : 0,
    });
  const columnLabel = (c: (typeof columns)[number]) =>
    t('playground.grid.column', {
      delay: c.shortDeregistration ? SHORT_DEREGISTRATION_SECONDS : 300,
      grace: c.longGrace ? LONG_GRACE_SECONDS : 30,
    });
  return (
    <figure className="pg-grid" data-testid="playground-rollout-grid">
      <figcaption>
        {t('playground.grid.caption')}{' '}
        {done < combos.length ? (
          <span className="muted" role="status">
            {t('playground.grid.progress', { done, total: combos.length })}
          </span>
        ) : null}
      </figcaption>
      <table>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={columnLabel(c)} scope="col">
                {t('playground.grid.delay', {
                  delay: c.shortDeregistration ? SHORT_DEREGISTRATION_SECONDS : 300,
                })}
                <br />
                {t('playground.grid.grace', { grace: c.longGrace ? LONG_GRACE_SECONDS : 30 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowLabel(r)}>
              <th scope="row">
                {t('playground.grid.gates', { gates: onOff(r.readinessGates) })}
                <br />
                {t('playground.grid.preStop', { preStop: r.preStop ? PRE_STOP_SECONDS : 0 })}
              </th>
              {columns.map((c) => {
                const switches = { ...r, ...c };
                const cell = cells[indexOf(switches)];
                const share =
                  cell && cell !== 'failed' && cell.total > 0 ? cell.errors5xx / cell.total : 0;
                return (
                  <td
                    key={columnLabel(c)}
                    className={
                      cell === undefined || cell === 'failed'
                        ? 'pg-grid-cell'
                        : cell.errors5xx === 0
                          ? 'pg-grid-cell is-clean'
                          : 'pg-grid-cell is-failing'
                    }
                    data-testid="playground-grid-cell"
                  >
                    {cell === undefined ? (
                      <span className="muted">…</span>
                    ) : cell === 'failed' ? (
                      <span>{t('playground.grid.failed')}</span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => {
                          const set = withSwitches(lab, switches);
                          onUse(set.text, set.actions);
                        }}
                      >
                        <span className="visually-hidden">
                          {t('playground.grid.use', { row: rowLabel(r), column: columnLabel(c) })}
                        </span>
                        <strong>{t('playground.grid.count', { count: cell.errors5xx })}</strong>
                        <span className="pg-grid-bar" aria-hidden="true">
                          <span
                            style={{ width: `${Math.max(share * 100, cell.errors5xx ? 4 : 0)}%` }}
                          />
                        </span>
                        <span className="muted">
                          {t('playground.grid.of', { total: cell.total })}
                        </span>
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
