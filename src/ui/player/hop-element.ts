import { isMessageKey, type Translate } from '../../i18n/translate.ts';

/** A hop's site as the diagram's cards name their kinds (the load balancers are one kind). */
const KIND_OF_SITE: Readonly<Record<string, string>> = {
  alb: 'load-balancer',
  nlb: 'load-balancer',
  clb: 'load-balancer',
};

/**
 * "Pod default/domain-api-3", "파드 default/domain-api-3": the element a hop is at, its kind in the
 * reader's language (as on the diagram's cards) before its name; the site's code where no kind
 * word exists. The rule hop no rule matched is the listener's default action, not a rule.
 */
export function hopElementName(t: Translate, hop: { at: string; name: string }): string {
  if (hop.at === 'rule' && hop.name === 'default') return t('pdu.defaultAction');
  const key = `diagram.kind.${KIND_OF_SITE[hop.at] ?? hop.at}`;
  const kind = isMessageKey(key) ? t(key) : hop.at;
  return `${kind} ${hop.name}`;
}
