import type { PlanAction } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { TargetGroupLink } from './TargetGroupLink.tsx';

/** A listener's or rule's final action, as a sentence. */
export function ActionText({ action }: { action: PlanAction }) {
  const t = useTranslate();
  switch (action.type) {
    case 'forward':
      if ('targetGroup' in action) {
        return (
          <span>
            {t('action.forward')} <TargetGroupLink id={action.targetGroup} />
          </span>
        );
      }
      return (
        <span>
          {t('action.forwardWeighted')}
          {action.stickiness?.enabled ? ` (${t('action.stickiness')})` : null}
          <ul className="inline-list">
            {action.targetGroups.map((group) => (
              <li key={group.id}>
                <TargetGroupLink id={group.id} />
                {group.weight === undefined
                  ? null
                  : ` (${t('action.weight', { weight: group.weight })})`}
              </li>
            ))}
          </ul>
        </span>
      );
    case 'fixed-response':
      return (
        <span>
          {t('action.fixedResponse', { statusCode: action.statusCode })}
          {action.contentType === undefined ? null : (
            <>
              {' '}
              <code>{action.contentType}</code>
            </>
          )}
          {action.messageBody === undefined ? null : (
            <>
              {' · '}
              {t('action.messageBody')} <code>{action.messageBody}</code>
            </>
          )}
        </span>
      );
    case 'redirect': {
      // What the controller leaves unset keeps the request's own value (AWS's #{…} placeholders).
      const target =
        `${action.protocol ?? '#{protocol}'}://${action.host ?? '#{host}'}:${action.port ?? '#{port}'}` +
        `${action.path ?? '/#{path}'}?${action.query ?? '#{query}'}`;
      return (
        <span>
          {t('action.redirect', { statusCode: action.statusCode })} <code>{target}</code>
        </span>
      );
    }
    default:
      return <span>{t('action.other', { type: (action as { type: string }).type })}</span>;
  }
}
