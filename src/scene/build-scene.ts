import { ingressCard, serviceCards } from './control-plane-items.ts';
import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import { networkOf } from './network.ts';
import { placeLoadBalancer } from './place-load-balancer.ts';
import { placeLoadBalancerGroups } from './place-security-groups.ts';
import { placeRegisteredInstances } from './place-registered-instances.ts';
import { placeTargetGroups } from './place-target-group.ts';
import { lbNodesIn } from './lb-nodes.ts';
import { placeWorkers } from './place-workers.ts';
import { routeEdges } from './route-edges.ts';
import type { Scene, SceneEdge, SceneNode, SceneText } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';
import { add, stackItems, text, type Builder } from './scene-builder.ts';
import { bindingCard, wireBindings } from './target-group-bindings.ts';
import { wireEdges } from './wire-edges.ts';

/** Width of a container card (a load balancer, a target group, an EC2 node). */
const CARD = L.item.width + 2 * L.pad;
/** A subnet holds one column of container cards; an Availability Zone one column of subnets. */
const SUBNET = CARD + 2 * L.pad;
const AZ = SUBNET + 2 * L.pad;

/** A labelled area: the Internet, the Region, the VPC, an Availability Zone, a subnet. */
function group(
  b: Builder,
  spec: {
    id: string;
    kind: 'zone' | 'vpc' | 'az' | 'subnet';
    parent: string | null;
    x: number;
    y: number;
    width: number;
    label: string;
    detail?: string | null;
    a11y: SceneText;
    ref?: { type: string; key: string } | null;
  },
): SceneNode {
  return add(b, {
    id: spec.id,
    kind: spec.kind,
    parent: spec.parent,
    x: spec.x,
    y: spec.y,
    width: spec.width,
    height: 0,
    label: spec.label,
    detail: spec.detail ?? null,
    badge: null,
    a11y: spec.a11y,
    ref: spec.ref ?? null,
  });
}

const frontIpOf = (input: SceneInput, stack: string): string | null =>
  input.network?.loadBalancerFrontIps?.[stack] ?? null;

/**
 * The whole diagram, laid out as AWS draws a network: the Internet on top; below it the Region,
 * holding the EKS control plane (run by AWS outside the customer's VPC) and the regional
 * services (IAM, STS) on the left, and the VPC on the right. In the VPC, the load balancers and
 * their target groups on top, then one column per Availability Zone with its public subnet (the
 * load balancer's nodes) and its private subnet (the EC2 nodes, each with its ENI, kube-proxy
 * and pods). The zone with the controller's pod stands next to the control plane, so its watch
 * and AWS-call edges stay short. Large groups fold into "+N more" unless their id is in
 * `expanded`. Every edge is routed around the cards it does not connect. `extraEdges` are the
 * packet's own hops the wiring does not know (a cross-node hop), drawn only on its route.
 */
export function buildScene(
  input: SceneInput,
  expanded: ReadonlySet<string> = new Set(),
  extraEdges: readonly SceneEdge[] = [],
): Scene {
  const b: Builder = { nodes: [], edges: [], order: 0 };
  const network = networkOf(input);
  const zones = network.zones;
  const controllerInstalled =
    input.pods.some((p) => p.controller) ||
    input.irsa ||
    (input.plan.inTreeLoadBalancers ?? []).length === 0;

  // The Internet: the client and the resolver side by side, above the load balancers.
  const leftColumn = CARD + L.zoneGap;
  const internet = group(b, {
    id: diagramId.zone('internet'),
    kind: 'zone',
    parent: null,
    x: L.pad + leftColumn + L.pad,
    y: 0,
    width: 2 * L.item.width + L.gap + 2 * L.pad,
    label: 'internet',
    a11y: text('a11y.zone', { zone: 'internet' }),
  });
  add(b, {
    id: diagramId.client(),
    kind: 'client',
    parent: internet.id,
    x: L.pad,
    y: L.header,
    width: L.item.width,
    height: L.row.height,
    label: input.clientIp,
    detail: null,
    badge: null,
    a11y: text('a11y.client', { ip: input.clientIp }),
    ref: null,
  });
  add(b, {
    id: diagramId.dns(),
    kind: 'dns',
    parent: internet.id,
    x: L.pad + L.item.width + L.gap,
    y: L.header,
    width: L.item.width,
    height: L.row.height,
    label: 'DNS',
    detail: null,
    badge: null,
    a11y: text('a11y.dns'),
    ref: null,
  });
  internet.height = L.header + L.row.height + L.pad;

  const region = group(b, {
    id: diagramId.zone('aws'),
    kind: 'zone',
    parent: null,
    x: 0,
    y: internet.height + L.zoneGap,
    width: 0,
    label: network.region,
    a11y: text('a11y.region', { region: network.region }),
  });

  // The EKS control plane: the API server and the objects the controller reads.
  const control = group(b, {
    id: diagramId.zone('control-plane'),
    kind: 'zone',
    parent: region.id,
    x: L.pad,
    y: L.header,
    width: CARD,
    label: 'control-plane',
    a11y: text('a11y.zone', { zone: 'control-plane' }),
  });
  let cy = stackItems(
    b,
    control.id,
    [
      {
        id: diagramId.apiServer(),
        kind: 'apiserver',
        label: 'kube-apiserver',
        // A compact row shows no kind of its own: the caption says what it is.
        caption: text('diagram.caption.apiserver'),
        a11y: text('a11y.apiServer'),
      },
      ...input.ingressClasses.map((name) => ({
        id: diagramId.ingressClass(name),
        kind: 'ingressclass' as const,
        label: name,
        // A compact row shows no kind of its own: the caption says what "alb" is.
        caption: text('diagram.kind.ingressclass'),
        a11y: text('a11y.ingressClass', { name }),
        ref: { type: 'ingressClass', key: name },
      })),
      ...input.ingresses.map((key) => ingressCard(key, input.laterDetails, input.laterWarnings)),
      ...input.services.flatMap(serviceCards),
      ...(controllerInstalled
        ? [
            {
              id: diagramId.serviceAccount(),
              kind: 'serviceaccount' as const,
              label: 'kube-system/aws-load-balancer-controller',
              // Without it the row reads as the controller itself, inside the control plane.
              caption: text('diagram.kind.serviceaccount'),
              a11y: text('a11y.serviceAccount'),
            },
          ]
        : []),
      // The controller writes them once it has created their target groups.
      ...input.plan.targetGroups.map((tg) => bindingCard(tg, input.laterWarnings)),
      // Applied during the run: below the scenario's own objects, which keep their places.
      ...(input.applied?.ingresses ?? []).map((key) =>
        ingressCard(key, input.laterDetails, input.laterWarnings),
      ),
      ...(input.applied?.services ?? []).flatMap(serviceCards),
    ],
    L.pad,
    L.header,
    L.row.height,
  );
  control.height = cy - L.gap + L.pad;

  // IAM and STS: regional services the controller calls, outside the VPC.
  const serviceItems = [
    ...(controllerInstalled
      ? [
          {
            id: diagramId.iam(),
            kind: 'iam' as const,
            label: 'IAM role',
            // What the role is for; with IRSA drawn, how the controller gets it (reference §8).
            caption: text(input.irsa ? 'diagram.caption.iam.irsa' : 'diagram.caption.iam'),
            a11y: text('a11y.iam'),
          },
          {
            id: diagramId.sts(),
            kind: 'sts' as const,
            label: 'STS',
            // The call the controller's SDK makes to it with IRSA; else what it hands out (§8).
            caption: text(input.irsa ? 'diagram.caption.sts.irsa' : 'diagram.caption.sts'),
            a11y: text('a11y.sts'),
          },
        ]
      : []),
    ...(input.irsa
      ? [
          {
            id: diagramId.oidc(),
            kind: 'oidc' as const,
            label: 'OIDC provider',
            // The IAM role's trust policy names it (reference §8 step 4).
            caption: text('diagram.caption.oidc'),
            a11y: text('a11y.oidc'),
          },
        ]
      : []),
  ];
  let leftBottom = control.y + control.height;
  if (serviceItems.length > 0) {
    const services = group(b, {
      id: diagramId.zone('services'),
      kind: 'zone',
      parent: region.id,
      x: L.pad,
      y: leftBottom + L.zoneGap,
      width: CARD,
      label: 'services',
      a11y: text('a11y.zone', { zone: 'services' }),
    });
    cy = stackItems(b, services.id, serviceItems, L.pad, L.header, L.row.height);
    services.height = cy - L.gap + L.pad;
    leftBottom = services.y + services.height;
  }

  // The VPC: load balancers and target groups on top, then the Availability Zones.
  const vpc = group(b, {
    id: diagramId.vpc(),
    kind: 'vpc',
    parent: region.id,
    x: L.pad + leftColumn,
    y: L.header,
    width: 0,
    label: network.vpcCidr,
    a11y: text('a11y.vpc', { cidr: network.vpcCidr }),
    ref: { type: 'vpc', key: network.vpcCidr },
  });
  let lbY: number = L.header;
  for (const lb of input.plan.loadBalancers) {
    lbY = placeLoadBalancer(
      b,
      lb,
      vpc.id,
      lbY,
      false,
      frontIpOf(input, lb.stack),
      input.laterLabels,
    );
    lbY = placeLoadBalancerGroups(b, input.securityGroups, lb.stack, lb.name, vpc.id, lbY);
  }
  for (const lb of input.plan.inTreeLoadBalancers ?? [])
    lbY = placeLoadBalancer(b, lb, vpc.id, lbY, true, frontIpOf(input, lb.stack));
  const tgX = L.pad + CARD + L.zoneGap;
  const { bottom, besideAny } = placeTargetGroups(
    b,
    input.plan.targetGroups,
    vpc.id,
    tgX,
    expanded,
  );
  let tgY = bottom;
  for (const targets of input.inTreeTargets ?? [])
    tgY = placeRegisteredInstances(b, targets, vpc.id, tgX, tgY, expanded);
  const zonesY = Math.max(lbY, tgY) + L.zoneGap - L.gap;

  let zonesBottom = zonesY;
  const azs: SceneNode[] = [];
  for (const zone of zones) {
    const az = group(b, {
      id: diagramId.az(zone.name),
      kind: 'az',
      parent: vpc.id,
      x: L.pad + zone.index * (AZ + L.zoneGap),
      y: zonesY,
      width: AZ,
      label: zone.name,
      a11y: text('a11y.az', { zone: zone.name }),
      ref: { type: 'az', key: zone.name },
    });
    azs.push(az);
    const subnetOf = (tier: 'public' | 'private', y: number) =>
      group(b, {
        id: diagramId.subnet(zone.name, tier),
        kind: 'subnet',
        parent: az.id,
        x: L.pad,
        y,
        width: SUBNET,
        label: tier === 'public' ? zone.publicCidr : zone.privateCidr,
        detail: tier,
        a11y: text(`a11y.subnet.${tier}`, {
          cidr: tier === 'public' ? zone.publicCidr : zone.privateCidr,
          zone: zone.name,
        }),
        ref: { type: 'subnet', key: diagramId.subnet(zone.name, tier) },
      });
    const publicSubnet = subnetOf('public', L.header);
    let py = stackItems(
      b,
      publicSubnet.id,
      lbNodesIn(input, network, zone, true),
      L.pad,
      L.header,
      L.row.height,
    );
    publicSubnet.height = Math.max(py - L.gap + L.pad, L.header + L.pad);
    const privateSubnet = subnetOf('private', publicSubnet.y + publicSubnet.height + L.gap);
    py = stackItems(
      b,
      privateSubnet.id,
      lbNodesIn(input, network, zone, false),
      L.pad,
      L.header,
      L.row.height,
    );
    py = placeWorkers(b, input, zone.name, privateSubnet.id, py, expanded);
    privateSubnet.height = Math.max(py - L.gap + L.pad, L.header + L.pad);
    az.height = privateSubnet.y + privateSubnet.height + L.pad;
    zonesBottom = Math.max(zonesBottom, az.y + az.height);
  }
  for (const az of azs) az.height = zonesBottom - zonesY;

  const zonesWidth = zones.length * AZ + (zones.length - 1) * L.zoneGap;
  // A third column when a replaced target group stands beside the first.
  const columns = besideAny ? 3 : 2;
  vpc.width = Math.max(zonesWidth, columns * CARD + (columns - 1) * L.zoneGap) + 2 * L.pad;
  vpc.height = zonesBottom + L.pad;
  region.width = vpc.x + vpc.width + L.pad;
  region.height = Math.max(vpc.y + vpc.height, leftBottom) + L.pad;

  wireEdges(b, input);
  wireBindings(b, input.plan.targetGroups);
  // A hop of the packet that the wiring already draws (either way round) needs no edge of its own.
  const pair = (a: string, c: string) => (a < c ? `${a}\n${c}` : `${c}\n${a}`);
  const known = new Set(b.edges.map((e) => pair(e.source, e.target)));
  const drawn = new Set(b.nodes.map((n) => n.id));
  const edges = [
    ...b.edges,
    ...extraEdges.filter(
      (e) => !known.has(pair(e.source, e.target)) && drawn.has(e.source) && drawn.has(e.target),
    ),
  ];
  return {
    nodes: b.nodes,
    edges: routeEdges(b.nodes, edges),
    width: Math.max(region.width, internet.x + internet.width),
    height: region.y + region.height,
  };
}
