import { useId } from 'react';
import type { WhatIfSummary, WorldNames } from '../../lesson/playground/what-if.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { whatIfKinds, whatIfTemplate } from './what-if-templates.ts';
import { WhatIfChart } from './WhatIfChart.tsx';

interface WhatIfPanelProps {
  actions: string;
  names: WorldNames | null;
  url: string;
  summary: WhatIfSummary | null;
  problem: string | null;
  onActions: (actions: string) => void;
}

/** What-ifs on a timeline: the actions file (as `npm run simulate --actions` reads it) and what they did. */
export function WhatIfPanel({
  actions,
  names,
  url,
  summary,
  problem,
  onActions,
}: WhatIfPanelProps) {
  const t = useTranslate();
  const id = useId();
  return (
    <section className="pg-whatif" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('playground.whatIf')}</h3>
      <p className="muted">{t('playground.whatIf.intro')}</p>
      <div className="pg-whatif-buttons" role="group" aria-label={t('playground.whatIf.add')}>
        {whatIfKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() =>
              onActions(
                `${actions.replace(/\n*$/, actions.trim() ? '\n' : '')}${whatIfTemplate(kind, names, url)}`,
              )
            }
          >
            {t(`playground.whatIf.kind.${kind}`)}
          </button>
        ))}
        <button type="button" onClick={() => onActions('')} disabled={actions.trim() === ''}>
          {t('playground.whatIf.clear')}
        </button>
      </div>
      <label htmlFor={`${id}-actions`}>{t('playground.whatIf.actions')}</label>
      <textarea
        id={`${id}-actions`}
        className="pg-whatif-text"
        spellCheck={false}
        rows={Math.min(14, Math.max(4, actions.split('\n').length + 1))}
        value={actions}
        onChange={(e) => onActions(e.target.value)}
      />
      {problem ? (
        <p className="notice" role="alert">
          {t('playground.whatIf.problem', { problem })}
        </p>
      ) : null}
      {summary ? <WhatIfChart summary={summary} /> : null}
    </section>
  );
}
