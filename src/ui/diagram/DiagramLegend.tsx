import { useTranslate } from '../../i18n/useTranslate.ts';

const edgeKinds = ['data', 'watch', 'api', 'config', 'binds'] as const;

/** What the line styles and packet colours mean. */
export function DiagramLegend() {
  const t = useTranslate();
  return (
    <div className="dg-legend">
      <span className="dg-legend-title">{t('diagram.legend')}</span>
      <ul>
        {edgeKinds.map((kind) => (
          <li key={kind}>
            <svg className={`dg-legend-line dg-edge-${kind}`} viewBox="0 0 28 8" aria-hidden="true">
              <path className="dg-edge-line" d="M1 4h26" />
            </svg>
            {t(`diagram.legend.${kind}`)}
          </li>
        ))}
        <li>
          <svg className="dg-legend-line dg-edge is-route" viewBox="0 0 28 8" aria-hidden="true">
            <path className="dg-edge-line" d="M1 4h26" />
          </svg>
          {t('diagram.legend.route')}
        </li>
        {(['request', 'response'] as const).map((direction) => (
          <li key={direction}>
            <span className={`dg-legend-dot dg-packet-${direction}`} aria-hidden="true" />
            {t(`diagram.legend.${direction}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
