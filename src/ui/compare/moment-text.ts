import type { CompareSide, Moment } from '../../lesson/compare-frames.ts';
import type { OkRun } from '../../lesson/lesson-time.ts';
import type { Translate } from '../../i18n/translate.ts';

/** The pod's own name from a hop's `namespace/name`. */
const podName = (name: string) => name.split('/').at(-1) ?? name;

/**
 * What one side shows at a moment, in a line: the addresses of its hop there (what the NAT
 * rewrote, who the pod hears from), or, when the mode has no such hop, why.
 */
export function sideText(moment: Moment, side: CompareSide, run: OkRun, t: Translate): string {
  const segment = side.segment;
  if (!segment) {
    const shown = run.timeline.segments[side.shows]?.hop;
    const params = { src: shown?.src ?? '', dst: shown?.dst ?? '' };
    if (moment === 'nat' || moment === 'other-node' || moment === 'un-nat')
      return t(`compare.held.${moment}`, params);
    return t('compare.held.other');
  }
  const hop = segment.hop;
  switch (moment) {
    case 'target-group':
      return t('compare.side.target-group', {
        target: hop.target ?? hop.dst,
        src: hop.src,
        dst: hop.dst,
      });
    case 'node':
      return t('compare.side.node', { node: hop.name, dst: hop.dst });
    case 'nat': {
      const before = hop.before;
      if (!before) return t('compare.side.natNone', { node: hop.name, dst: hop.dst });
      const lines = [t('compare.side.nat', { node: hop.name, from: before.dst, to: hop.dst })];
      if (before.src !== hop.src)
        lines.push(t('compare.side.snat', { from: before.src, to: hop.src }));
      return lines.join('; ');
    }
    case 'other-node':
      return t('compare.side.other-node', { node: hop.name });
    case 'pod':
      return t('compare.side.pod', { pod: podName(hop.name), src: hop.src });
    case 'un-nat':
      return t('compare.side.un-nat', { node: hop.name, src: hop.src });
    case 'client':
      return t('compare.side.client', { src: hop.src });
  }
}
