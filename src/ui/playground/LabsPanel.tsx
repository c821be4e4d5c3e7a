import { useId } from 'react';
import type { PlaygroundResult } from '../../lesson/playground/run-playground.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { labs, type Lab, type LabId } from './labs.ts';
import { RolloutGrid } from './RolloutGrid.tsx';

interface LabsPanelProps {
  active: LabId | null;
  result: PlaygroundResult | null;
  /** True while the result is for older input (the check waits for the newest run). */
  stale: boolean;
  /** Opens a lab (`number` counts from 1, as the list shows it). */
  onOpen: (lab: Lab, number: number) => void;
  /** What lab 1's grid needs: the client's address, and a way to put a combination in the editor. */
  clientIp: string;
  onUseSettings: (text: string, actions: string) => void;
}

/** Eight labs from the controller's issue tracker: open one, change the YAML, reach the goal. */
export function LabsPanel({
  active,
  result,
  stale,
  onOpen,
  clientIp,
  onUseSettings,
}: LabsPanelProps) {
  const t = useTranslate();
  const id = useId();
  const lab = labs.find((l) => l.id === active) ?? null;
  const reached = lab && result && !stale ? lab.reached(result) : null;
  return (
    <section className="pg-labs" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('playground.labs')}</h3>
      <ol className="pg-lab-list">
        {labs.map((l, index) => (
          <li key={l.id}>
            <button
              type="button"
              aria-pressed={l.id === active}
              onClick={() => onOpen(l, index + 1)}
            >
              {t('playground.labs.open', {
                number: index + 1,
                title: t(`playground.lab.${l.id}.title`),
              })}
            </button>
          </li>
        ))}
      </ol>
      {lab ? (
        <div className="pg-lab" data-testid="playground-lab">
          <h4>{t(`playground.lab.${lab.id}.title`)}</h4>
          <p>{t(`playground.lab.${lab.id}.story`)}</p>
          <p>
            <strong>{t('playground.labs.goal')}</strong> {t(`playground.lab.${lab.id}.goal`)}
          </p>
          <p
            className={reached ? 'pg-lab-status is-reached' : 'pg-lab-status'}
            role="status"
            data-testid="playground-lab-status"
          >
            {reached === null
              ? t('playground.labs.checking')
              : reached
                ? t('playground.labs.reached')
                : t('playground.labs.notYet')}
          </p>
          {lab.id === 'rolling-update' ? (
            <RolloutGrid lab={lab} clientIp={clientIp} onUse={onUseSettings} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
