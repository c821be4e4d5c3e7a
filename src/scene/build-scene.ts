import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import { placeLoadBalancer } from './place-load-balancer.ts';
import { placeInTreeTargets, placeTargetGroup } from './place-target-group.ts';
import { placeWorkers } from './place-workers.ts';
import type { Scene } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';
import { placeZone, stackItems, text, type Builder } from './scene-builder.ts';
import { wireEdges } from './wire-edges.ts';

/**
 * The whole diagram, laid out by stable rules: three columns — the Internet above the EKS control
 * plane, then AWS, then the worker nodes — containers stacked top to bottom in a fixed order,
 * large groups folded into "+N more" unless their id is in `expanded`. The same input always gives
 * the same coordinates, and a width that reads at laptop size.
 */
export function buildScene(input: SceneInput, expanded: ReadonlySet<string> = new Set()): Scene {
  const b: Builder = { nodes: [], edges: [], order: 0 };
  const zoneWidth = L.item.width + 4 * L.pad;
  const lbColumn = L.item.width + 2 * L.pad;
  const awsWidth = 2 * lbColumn + 3 * L.pad;
  const xs = { internet: 0, control: 0, aws: zoneWidth + L.zoneGap, workers: 0 };
  xs.workers = xs.aws + awsWidth + L.zoneGap;

  const internet = placeZone(b, 'internet', xs.internet, zoneWidth);
  let iy = stackItems(
    b,
    internet.id,
    [
      {
        id: diagramId.client(),
        kind: 'client',
        label: input.clientIp,
        a11y: text('a11y.client', { ip: input.clientIp }),
      },
    ],
    L.pad,
    L.header,
    L.row.height,
  );
  iy = stackItems(
    b,
    internet.id,
    [{ id: diagramId.dns(), kind: 'dns', label: 'DNS', a11y: text('a11y.dns') }],
    L.pad,
    iy,
    L.row.height,
  );

  const aws = placeZone(b, 'aws', xs.aws, awsWidth);
  let lbY: number = L.header;
  for (const lb of input.plan.loadBalancers) lbY = placeLoadBalancer(b, lb, aws.id, lbY);
  for (const lb of input.plan.inTreeLoadBalancers ?? [])
    lbY = placeLoadBalancer(b, lb, aws.id, lbY, true);
  // The controller's credentials (IAM, STS, its ServiceAccount) only where the controller is
  // installed: a cluster whose only load balancer is the in-tree provider's has none of them.
  const controllerInstalled =
    input.pods.some((p) => p.controller) ||
    input.irsa ||
    (input.plan.inTreeLoadBalancers ?? []).length === 0;
  lbY = stackItems(
    b,
    aws.id,
    [
      ...(controllerInstalled
        ? [
            {
              id: diagramId.iam(),
              kind: 'iam' as const,
              label: 'IAM role',
              a11y: text('a11y.iam'),
            },
            { id: diagramId.sts(), kind: 'sts' as const, label: 'STS', a11y: text('a11y.sts') },
          ]
        : []),
      ...(input.irsa
        ? [
            {
              id: diagramId.oidc(),
              kind: 'oidc' as const,
              label: 'OIDC provider',
              a11y: text('a11y.oidc'),
            },
          ]
        : []),
    ],
    L.pad,
    lbY,
    L.row.height,
  );
  let tgY: number = L.header;
  for (const tg of input.plan.targetGroups)
    tgY = placeTargetGroup(b, tg, aws.id, lbColumn + 2 * L.pad, tgY, expanded);
  for (const group of input.inTreeTargets ?? [])
    tgY = placeInTreeTargets(b, group, aws.id, lbColumn + 2 * L.pad, tgY, expanded);

  const workers = placeZone(b, 'workers', xs.workers, zoneWidth);
  const workersY = placeWorkers(b, input, workers.id, expanded);

  internet.height = iy - L.gap + L.pad;
  const control = placeZone(b, 'control-plane', xs.control, zoneWidth);
  control.y = internet.height + L.zoneGap;
  let cy = stackItems(
    b,
    control.id,
    [
      {
        id: diagramId.apiServer(),
        kind: 'apiserver',
        label: 'kube-apiserver',
        a11y: text('a11y.apiServer'),
      },
    ],
    L.pad,
    L.header,
    L.row.height,
  );
  cy = stackItems(
    b,
    control.id,
    input.ingressClasses.map((name) => ({
      id: diagramId.ingressClass(name),
      kind: 'ingressclass' as const,
      label: name,
      a11y: text('a11y.ingressClass', { name }),
      ref: { type: 'ingressClass', key: name },
    })),
    L.pad,
    cy,
    L.row.height,
  );
  cy = stackItems(
    b,
    control.id,
    input.ingresses.map((key) => ({
      id: diagramId.ingress(key),
      kind: 'ingress' as const,
      label: key,
      a11y: text('a11y.ingress', { name: key }),
      ref: { type: 'ingress', key },
    })),
    L.pad,
    cy,
    L.row.height,
  );
  cy = stackItems(
    b,
    control.id,
    input.services.flatMap((s) => [
      {
        id: diagramId.service(s.key),
        kind: 'service' as const,
        label: s.key,
        a11y: text('a11y.service', { name: s.key }),
        ref: { type: 'service', key: s.key },
      },
      {
        id: diagramId.endpointSlice(s.key),
        kind: 'endpointslice' as const,
        label: s.key,
        badge: {
          tone: s.endpointsReady > 0 ? ('ok' as const) : ('bad' as const),
          text: text('badge.endpoints', { ready: s.endpointsReady }),
        },
        a11y: text('a11y.endpointSlice', { name: s.key, ready: s.endpointsReady }),
        ref: { type: 'service', key: s.key },
      },
    ]),
    L.pad,
    cy,
    L.row.height,
  );
  cy = stackItems(
    b,
    control.id,
    controllerInstalled
      ? [
          {
            id: diagramId.serviceAccount(),
            kind: 'serviceaccount' as const,
            label: 'kube-system/aws-load-balancer-controller',
            a11y: text('a11y.serviceAccount'),
          },
        ]
      : [],
    L.pad,
    cy,
    L.row.height,
  );

  const height = Math.max(control.y + cy, lbY, tgY, workersY) + L.pad;
  for (const zone of [aws, workers]) zone.height = height;
  control.height = height - control.y;
  wireEdges(b, input);
  return { nodes: b.nodes, edges: b.edges, width: xs.workers + zoneWidth, height };
}

/**
 * The elements of the load balancers the in-tree cloud provider made, and of their instances:
 * they exist before the controller does anything (it never touches them), so every step of a
 * timeline shows them.
 */
export function inTreeElementIds(scene: Scene, input: SceneInput): Set<string> {
  const roots = new Set([
    ...(input.plan.inTreeLoadBalancers ?? []).map((lb) => diagramId.loadBalancer(lb.stack)),
    ...(input.inTreeTargets ?? []).map((group) => diagramId.targetGroup(group.id)),
  ]);
  return new Set(
    scene.nodes
      .filter((n) => roots.has(n.id) || (n.parent !== null && roots.has(n.parent)))
      .map((n) => n.id),
  );
}
