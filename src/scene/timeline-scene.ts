import type { SimEvent } from '../simulator/index.ts';
import { buildScene } from './build-scene.ts';
import { inTreeElementIds } from './in-tree-elements.ts';
import type { Scene, SceneEdge, SceneNode } from './scene-model.ts';
import { healthTone, type SceneInput } from './scene-input.ts';
import { text } from './scene-builder.ts';
import { endpointsBadge, nodeReadyBadge, warningBadge } from './state-badges.ts';
import {
  CurrentGroups,
  targetGroupGenerations,
  type TargetGroupGenerations,
} from './target-group-generations.ts';
import { withBindingFocus } from './target-group-bindings.ts';
import { createdWith } from './default-action.ts';
import { plannedForwards } from './rule-forwards.ts';
import { defaultActionNow, forwardsNow, ruleNow } from './rules-now.ts';
import { appliedIds, universeInput } from './universe-input.ts';
import { objectId, replay } from './timeline-replay.ts';
import {
  securityGroupNow,
  securityGroupsTouched,
  sharedGroupStands,
} from './security-groups-now.ts';
import { rowsNow, type RowCards } from './rows-now.ts';
import { podRowsOf, targetRowsOf } from './card-rows.ts';
import { eniAddressesOf, eniNow, type EniAddresses } from './eni-addresses.ts';
import { proxyLinesStanding, rulesAtStart } from './kube-proxy-rules.ts';

/** The rows of a run's cards that come and go, as its universe lays them out. */
interface RunRows {
  /** Each EC2 node's pods and each target group's targets: they close up as rows go. */
  pods: RowCards;
  targets: RowCards;
  /** The addresses each node's ENI may list: those of the pods standing at a moment. */
  enis: EniAddresses;
}

const AWS_KINDS = new Set([
  'load-balancer',
  'listener',
  'rule',
  'default-action',
  'target-group',
  'target',
]);

/** The key an element's warnings are kept under (a binding's by its object, as its events name it). */
const warnedId = (node: SceneNode): string =>
  node.kind === 'target-group-binding'
    ? objectId(`TargetGroupBinding ${String(node.a11y.params.name ?? '')}`)
    : node.id;

/**
 * The pod that goes with event `index` (it exited or was deleted, and had not gone before): its
 * card stays for that moment, saying so, and its node's pods close up from the next one on.
 */
function goingWith(
  events: readonly SimEvent[],
  index: number,
): { pod: string; phase: 'exited' | 'deleted' } | null {
  const event = events[index];
  if (event?.kind !== 'pod' || (event.phase !== 'exited' && event.phase !== 'deleted')) return null;
  const pod = event.pod;
  const goneBefore = events
    .slice(0, index)
    .some(
      (e) => e.kind === 'pod' && e.pod === pod && (e.phase === 'exited' || e.phase === 'deleted'),
    );
  return goneBefore ? null : { pod, phase: event.phase };
}

/** The parent chain of a node, to hide children of hidden containers. */
const isHidden = (
  node: SceneNode,
  hidden: ReadonlySet<string>,
  byId: ReadonlyMap<string, SceneNode>,
): boolean => {
  for (
    let current: SceneNode | undefined = node;
    current;
    current = current.parent ? byId.get(current.parent) : undefined
  ) {
    if (hidden.has(current.id)) return true;
  }
  return false;
};

/**
 * The scene as it stands right after `events[index]`: AWS resources appear when their Create
 * call succeeds, targets when they are registered (with their health then), pods as they come
 * and go; positions are those of the universe layout. `emphasis` is what the event touched.
 * `standing` elements (the in-tree cloud provider's) are there from the start, as drawn.
 */
export function sceneAtEvent(
  universe: Scene,
  events: readonly SimEvent[],
  index: number,
  initialPods: ReadonlySet<string>,
  standing: ReadonlySet<string> = new Set(),
  generations: TargetGroupGenerations = targetGroupGenerations([], []),
  /** Objects applied during the run: hidden until the API server adds them. */
  applied: ReadonlySet<string> = new Set(),
  /** The rule → group lines of the plan the run starts from (plannedForwards); null: all. */
  planned: ReadonlySet<string> | null = null,
  /** The stacks of the load balancers the run creates (not in the plan it starts from). */
  createdStacks: ReadonlySet<string> = new Set(),
  rows: RunRows = { pods: new Map(), targets: new Map(), enis: new Map() },
  /** kube-proxy's rules by Service when the run starts (rulesAtStart); null: every pod's line. */
  proxiedAtStart: ReadonlyMap<string, readonly string[]> | null = null,
): { scene: Scene; emphasis: Set<string> } {
  const state = replay(events, index, generations);
  const going = goingWith(events, index);
  const podStands = (key: string) => {
    const podState = state.pods.get(key);
    return (
      key === going?.pod ||
      (podState !== 'gone' && (podState !== undefined || initialPods.has(key)))
    );
  };
  // A target stands while it is in its group (draining too), and in the moment it leaves it.
  const targetStands = (id: string) => !!state.targets.get(id) || id === state.leftGroup;
  const byId = new Map(universe.nodes.map((n) => [n.id, n]));
  const hidden = new Set<string>();
  const nodes: SceneNode[] = [];
  for (const node of universe.nodes) {
    if (standing.has(node.id)) continue;
    if (applied.has(node.id) && !state.present.has(node.id)) hidden.add(node.id);
    if (node.kind === 'target') {
      if (!targetStands(node.id)) hidden.add(node.id);
    } else if (AWS_KINDS.has(node.kind) && !state.created.has(createdWith(node.id, node.ref)))
      hidden.add(node.id);
    else if (node.kind === 'security-group' && !securityGroupNow(node, state)) hidden.add(node.id);
    else if (node.kind === 'security-group' && !sharedGroupStands(node, state, byId, createdStacks))
      hidden.add(node.id);
    else if (node.kind === 'target-group-binding' && !state.bindings.has(node.id))
      hidden.add(node.id);
    // A load balancer's node in a zone stands while its load balancer does.
    if (node.kind === 'lb-node' && !state.created.has(`lb:${node.id.slice(8).split('@')[0]}`))
      hidden.add(node.id);
    if (node.kind === 'pod' && !podStands(node.ref?.key ?? '')) hidden.add(node.id);
  }
  for (const node of universe.nodes) {
    if (isHidden(node, hidden, byId)) continue;
    if (node.kind === 'security-group') {
      nodes.push(securityGroupNow(node, state) ?? node);
      continue;
    }
    let badge = node.badge;
    let a11y = node.a11y;
    const address = node.kind === 'ingress' ? state.addresses.get(node.id) : undefined;
    const detail =
      node.kind === 'service'
        ? (state.services.get(node.ref?.key ?? '') ?? node.detail)
        : (address ?? node.detail);
    if (address) a11y = text('a11y.ingressAddress', { name: node.label, address });
    const health = node.kind === 'target' ? state.targets.get(node.id) : undefined;
    if (health) {
      badge = { tone: healthTone(health), text: { key: `health.${health.state}`, params: {} } };
      a11y = { ...a11y, params: { ...a11y.params, state: health.state } };
    }
    if (node.kind === 'target-group') {
      // The group counts the targets registered so far, and how many of them are healthy.
      const prefix = `target:${node.id.slice('tg:'.length)}/`;
      const registered = [...state.targets].filter(([id, h]) => id.startsWith(prefix) && h);
      if (registered.length > 0 || state.created.has(node.id)) {
        const total = registered.length;
        const healthy = registered.filter(([, h]) => h?.state === 'healthy').length;
        // Targets still in their first checks are not failing: amber, not red, until one fails.
        const failing = registered.some(([, h]) => h?.state === 'unhealthy');
        badge = {
          tone:
            total === 0
              ? 'bad'
              : healthy === total
                ? 'ok'
                : healthy > 0 || !failing
                  ? 'warn'
                  : 'bad',
          // An empty group is not "0/0 healthy": it has nothing to send to (the ALB answers 503).
          text: {
            key: total === 0 ? 'badge.noTargets' : 'badge.healthyOf',
            params: { healthy, total },
          },
        };
        a11y = { ...a11y, params: { ...a11y.params, healthy } };
      }
    }
    const warning = state.warnings.get(warnedId(node));
    if (warning && node.kind === 'ingress') {
      badge = warningBadge(warning);
      a11y = text('a11y.ingressWarning', { name: node.ref?.key ?? node.label, reason: warning });
    } else if (warning && node.kind === 'target-group-binding') {
      badge = warningBadge(warning);
      a11y = {
        ...a11y,
        key: 'a11y.targetGroupBindingWarning',
        params: { ...a11y.params, reason: warning },
      };
    }
    const nodeReady = node.kind === 'node' ? state.nodes.get(node.ref?.key ?? '') : undefined;
    if (nodeReady && nodeReady !== node.a11y.params.ready) {
      badge = nodeReadyBadge(nodeReady);
      a11y = { ...a11y, params: { ...a11y.params, ready: nodeReady } };
    }
    const ready =
      node.kind === 'endpointslice' ? state.endpoints.get(node.ref?.key ?? '') : undefined;
    if (ready !== undefined && ready !== node.a11y.params.ready) {
      badge = endpointsBadge(ready);
      a11y = { ...a11y, params: { ...a11y.params, ready } };
    }
    const podState = node.kind === 'pod' ? state.pods.get(node.ref?.key ?? '') : undefined;
    if (podState && podState !== 'gone')
      badge = {
        tone:
          podState === 'ready'
            ? 'ok'
            : podState === 'terminating'
              ? 'warn'
              : podState === 'pending'
                ? 'neutral'
                : 'bad',
        text: { key: `badge.pod.${podState}`, params: {} },
      };
    if (node.id === state.leftGroup) {
      badge = { tone: 'neutral', text: { key: 'badge.target.removed', params: {} } };
      a11y = { ...a11y, params: { ...a11y.params, state: 'removed' } };
    }
    if (going && node.kind === 'pod' && node.ref?.key === going.pod) {
      badge = { tone: 'neutral', text: { key: `badge.pod.${going.phase}`, params: {} } };
      a11y = { ...a11y, params: { ...a11y.params, state: going.phase } };
    }
    const rewritten =
      node.kind === 'rule'
        ? ruleNow(node, state)
        : node.kind === 'default-action'
          ? defaultActionNow(node, state)
          : node.kind === 'eni'
            ? eniNow(node, rows.enis, podStands)
            : null;
    if (rewritten) {
      nodes.push(rewritten);
      continue;
    }
    nodes.push(
      badge === node.badge && a11y === node.a11y && detail === node.detail
        ? node
        : { ...node, badge, a11y, detail },
    );
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const proxyLineStands = proxiedAtStart ? proxyLinesStanding(state.proxy, proxiedAtStart) : null;
  const podsNow = rowsNow(
    universe,
    nodes,
    universe.edges.filter(
      (e) =>
        edgeDrawn(e, drawn) &&
        !e.routeOnly &&
        forwardsNow(e, state, planned) &&
        (!proxyLineStands || proxyLineStands(e)) &&
        // In the moment a pod exits or is deleted nothing in it answers: its ENI's line into it
        // goes. (A kube-proxy line into it stays until kube-proxy's next sync: its rules still
        // DNAT there, which is where rollout-502's 502s come from.)
        !(going && e.target === `pod:${going.pod}` && e.source.startsWith('eni:')),
    ),
    rows.pods,
    podStands,
  );
  const now = rowsNow(universe, podsNow.nodes, podsNow.edges, rows.targets, targetStands);
  const visible = new Set(now.nodes.map((n) => n.id));
  const event = events[index];
  // A ModifyListener names the listener; the default action it rewrote is touched too.
  const emphasis = new Set(
    [...state.focus, ...securityGroupsTouched(event, nodes), ...state.rewritten].filter((id) =>
      visible.has(id),
    ),
  );
  return { scene: { ...universe, nodes: now.nodes, edges: now.edges }, emphasis };
}

/** An edge is drawn while both its ends are, and one of the elements it `requires` if any. */
export const edgeDrawn = (edge: SceneEdge, visible: ReadonlySet<string>): boolean =>
  visible.has(edge.source) &&
  visible.has(edge.target) &&
  (!edge.requires || edge.requires.some((id) => visible.has(id)));

export interface TimelineScenes {
  universe: Scene;
  /** The scene right after event `index` (before the first event: index −1). */
  at(index: number): { scene: Scene; emphasis: Set<string> };
  /** What an event of the timeline touches, in this scene's ids (a replaced group's own id). */
  focusOf(event: SimEvent): readonly string[];
}

/**
 * Each event's focus where the scene's ids differ from the simulator's (two groups of one id), or
 * where the event is a TargetGroupBinding's (the binding is touched too).
 */
function focusByEvent(
  events: readonly SimEvent[],
  generations: TargetGroupGenerations,
): Map<SimEvent, string[]> {
  const moved = new Map<SimEvent, string[]>();
  const current = new CurrentGroups(generations);
  for (const event of events) {
    current.see(event);
    const focus = withBindingFocus(event, current.focusOf(event));
    if (focus.join('\n') !== event.focus.join('\n')) moved.set(event, focus);
  }
  return moved;
}

/** Lays out the universe once; each step then only hides, shows and re-badges. */
export function timelineScenes(
  base: SceneInput,
  events: readonly SimEvent[],
  expanded?: ReadonlySet<string>,
  routeEdges: readonly SceneEdge[] = [],
  /** The universe already laid out (by the lesson worker) for these same arguments. */
  prebuilt?: Scene,
): TimelineScenes {
  const generations = targetGroupGenerations(base.plan.targetGroups, events);
  const input = universeInput(base, events, generations);
  const universe = prebuilt ?? buildScene(input, expanded, routeEdges);
  const initialPods = new Set(base.pods.map((p) => `${p.namespace}/${p.name}`));
  const standing = inTreeElementIds(universe, input);
  const moved = focusByEvent(events, generations);
  const applied = appliedIds(input);
  const planned = plannedForwards(base.plan.loadBalancers);
  const known = new Set(base.plan.loadBalancers.map((lb) => lb.stack));
  const createdStacks = new Set(
    input.plan.loadBalancers.map((lb) => lb.stack).filter((stack) => !known.has(stack)),
  );
  const rows: RunRows = {
    pods: podRowsOf(universe, input),
    targets: targetRowsOf(universe, input),
    enis: eniAddressesOf(input),
  };
  const proxiedAtStart = rulesAtStart(base);
  return {
    universe,
    at: (index) =>
      sceneAtEvent(
        universe,
        events,
        index,
        initialPods,
        standing,
        generations,
        applied,
        planned,
        createdStacks,
        rows,
        proxiedAtStart,
      ),
    focusOf: (event) => moved.get(event) ?? event.focus,
  };
}
