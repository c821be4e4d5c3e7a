import { memo, useMemo } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { GROUP_KINDS, type Scene, type SceneNode } from '../../scene/scene-model.ts';
import { absoluteRects, polylineGeometry } from '../diagram/scene-geometry.ts';
import { fitLabel } from '../../scene/fit-label.ts';
import { detailLinesOf } from '../../scene/detail-lines.ts';
import {
  NAME_LINE_HEIGHT,
  extraNameHeight,
  isCompactCard,
  nameLinesOf,
  wrapName,
} from '../../scene/name-lines.ts';
import { textWidth } from '../../scene/text-width.ts';
import { translateSceneText } from '../diagram/translate-scene-text.ts';
import { useFocusableWhenScrolling } from '../shell/useFocusableWhenScrolling.ts';
import { FIGURE_MIN_WIDTH, figureView } from './figure-view.ts';
import { useBoxWidth } from './useBoxWidth.ts';
import './static-diagram.css';

const CONTAINERS = new Set(['node', 'load-balancer', 'target-group', 'registered-instances']);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** What the still frames: what the step touches, and the ends of the packet's route. */
function focusOf(scene: Scene, emphasis: ReadonlySet<string>, route: ReadonlySet<string>) {
  const ids = new Set(emphasis);
  for (const edge of scene.edges)
    if (route.has(edge.id)) {
      ids.add(edge.source);
      ids.add(edge.target);
    }
  return ids;
}

export interface StaticFigure {
  scene: Scene;
  emphasis: ReadonlySet<string>;
  route?: ReadonlySet<string>;
  dimmed?: ReadonlySet<string>;
}

/**
 * A still picture of a settled frame: the groups (Region, VPC, zones, subnets), the cards with
 * their badges, the routed edges, the emphasis, the packet's route and what is dimmed, in plain
 * SVG. For reading mode and printing, where a live canvas per step would be heavy and nothing
 * moves anyway. Framed on the step's focus and drawn at the canvas's size (text 12–13 px); a
 * figure wider than the page scrolls sideways.
 */
export const StaticDiagram = memo(function StaticDiagram({
  scene,
  emphasis,
  route = new Set(),
  dimmed = new Set(),
  label,
}: StaticFigure & { label: string }) {
  const t = useTranslate();
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const scrollBox = useFocusableWhenScrolling<HTMLDivElement>();
  const [slot, room] = useBoxWidth<HTMLDivElement>();
  const titleOf = (node: SceneNode): string => {
    switch (node.kind) {
      case 'vpc':
        return t('diagram.group.vpc', { cidr: node.label });
      case 'az':
        return t('diagram.group.az', { zone: node.label });
      case 'subnet':
        return t(
          node.detail === 'public' ? 'diagram.group.subnet.public' : 'diagram.group.subnet.private',
          { cidr: node.label },
        );
      default:
        return node.id === 'zone:aws'
          ? t('diagram.group.region', { region: node.label })
          : t(`diagram.zone.${node.label}` as 'diagram.zone.internet');
    }
  };
  const ordered = [...scene.nodes].sort((a, b) => a.order - b.order);
  const groups = ordered.filter((n) => GROUP_KINDS.has(n.kind));
  const containers = ordered.filter((n) => CONTAINERS.has(n.kind));
  const cards = ordered.filter((n) => !GROUP_KINDS.has(n.kind) && !CONTAINERS.has(n.kind));
  const faded = (id: string) => (dimmed.has(id) && !emphasis.has(id) ? ' is-dimmed' : '');
  const card = (node: SceneNode, header: boolean) => {
    const r = rects.get(node.id)!;
    const badge = node.badge ? translateSceneText(t, node.badge.text) : null;
    // A badge with a line of its own (an Ingress's warning) leaves the detail the whole width.
    const ownLine = !header && node.badgeLine === true;
    const badgeRoom = badge && !ownLine ? textWidth(badge, 12) + 12 : 0;
    // A card with a second line (its detail, its badge) has its name on the first, as the
    // canvas does: the badge never lands on the name. A compact row (38 high) is tighter.
    const second = !header && (node.detail !== null || badge !== null);
    const compact = isCompactCard(node);
    // A long name takes a line more per line the layout gave it; the detail moves down with it.
    const extra = extraNameHeight(node);
    const nameY = header
      ? r.y + 18
      : second
        ? r.y + (compact ? 15 : 19)
        : r.y + (r.height - extra) / 2 + 5;
    const lineY = r.y + extra + (compact ? 31 : 37);
    // A header's name shares its first line with the badge where both fit; else the name has the
    // whole width (never cut for the badge's sake) and the badge goes on the line under it.
    const headerRoom = r.width - 16;
    const besideBadge = header
      ? wrapName(node.label, headerRoom - badgeRoom, 13, node.nameLines ?? 1)
      : [];
    const badgeBelow =
      header && badge !== null && squeeze(besideBadge.join('')) !== squeeze(node.label);
    const lines = header
      ? badgeBelow
        ? wrapName(node.label, headerRoom, 13, node.nameLines ?? 1)
        : besideBadge
      : nameLinesOf(node.label, node);
    const badgeY = header
      ? badgeBelow
        ? nameY + lines.length * NAME_LINE_HEIGHT
        : nameY
      : ownLine
        ? lineY + (node.detail ? (node.detailLines ?? 1) : 0) * NAME_LINE_HEIGHT
        : lineY;
    return (
      <g
        key={node.id}
        className={`${header ? 'sd-container' : 'sd-item'} sd-${node.kind}${emphasis.has(node.id) ? ' is-emphasised' : ''}${faded(node.id)}`}
      >
        <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={header ? 10 : 8} />
        <text x={r.x + 8} y={nameY} className="sd-label">
          {lines.map((line, i) => (
            <tspan key={i} x={r.x + 8} dy={i === 0 ? 0 : NAME_LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
        {node.detail && !header ? (
          <text x={r.x + 8} y={lineY} className="sd-detail">
            {(node.detailLines ?? 1) > 1
              ? // A long detail (an Ingress's address) on the lines the layout made room for.
                detailLinesOf(node.detail, node, badgeRoom).map((line, i) => (
                  <tspan key={i} x={r.x + 8} dy={i === 0 ? 0 : NAME_LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))
              : fitLabel(node.detail, r.width - 16 - badgeRoom, 12)}
          </text>
        ) : null}
        {badge ? (
          <text
            x={r.x + r.width - 8}
            y={badgeY}
            textAnchor="end"
            className={`sd-badge sd-tone-${node.badge!.tone}`}
          >
            {badge}
          </text>
        ) : null}
      </g>
    );
  };
  // As wide as the page lets it be (less the frame's border): the focus with what is around it.
  const view = figureView(
    scene,
    rects,
    focusOf(scene, emphasis, route),
    Math.max(FIGURE_MIN_WIDTH, room - 2),
  );
  return (
    <div className="static-diagram-slot" ref={slot}>
      <div className="static-diagram-frame" ref={scrollBox}>
        <svg
          className="static-diagram"
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          width={view.width}
          height={view.height}
          role="img"
          aria-label={label}
        >
          {groups.map((node) => {
            const r = rects.get(node.id)!;
            return (
              <g key={node.id} className={`sd-group sd-group-${node.kind}`}>
                <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={6} />
                <text x={r.x + 10} y={r.y + 20} className="sd-title">
                  {titleOf(node)}
                </text>
              </g>
            );
          })}
          {containers.map((node) => card(node, true))}
          {scene.edges.map((edge) => {
            const geometry = edge.points ? polylineGeometry(edge.points) : null;
            if (!geometry) return null;
            const state = route.size === 0 ? '' : route.has(edge.id) ? ' is-route' : ' is-off';
            return (
              <g key={edge.id} className={`sd-edge sd-edge-${edge.kind}${state}`}>
                <path d={geometry.path} />
                <path d={geometry.arrow} className="sd-arrow" />
              </g>
            );
          })}
          {cards.map((node) => card(node, false))}
        </svg>
      </div>
    </div>
  );
});
