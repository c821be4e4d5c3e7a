import { useTranslate } from '../../i18n/useTranslate.ts';

/** One aspect of the two modes: its name, instance's value and ip's, and optional ids below them. */
export interface ModeRow {
  key: string;
  aspect: string;
  values: readonly [string, string];
  detail?: readonly [string, string];
}

/** A table of aspects with an instance column and an ip column (the compare view's summaries). */
export function ModeTable({
  caption,
  className,
  rows,
}: {
  caption: string;
  className: string;
  rows: readonly ModeRow[];
}) {
  const t = useTranslate();
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.aspect')}</th>
          <th scope="col">instance</th>
          <th scope="col">ip</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.aspect}</th>
            {row.values.map((value, k) => (
              <td key={k} data-mode={k === 0 ? 'instance' : 'ip'}>
                {value}
                {row.detail?.[k] ? <code className="cmp-ids">{row.detail[k]}</code> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
