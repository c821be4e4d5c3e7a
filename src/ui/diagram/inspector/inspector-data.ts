import type { Hop, Plan, PlanTarget, SimEvent, Trace, World } from '../../../simulator/index.ts';
import { diagramId } from '../../../scene/diagram-ids.ts';
import { hopElementId } from '../../../scene/packet-timeline.ts';
import { buildScene } from '../../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../../scene/scene-input-from-world.ts';
import { subnetOfNode } from '../../../scene/network.ts';
import type { Scene, SceneNode } from '../../../scene/scene-model.ts';
import { withBindingFocus } from '../../../scene/target-group-bindings.ts';
import {
  describeListener,
  describeLoadBalancer,
  describeRule,
  describeSubnet,
  describeVpc,
  describeTargetGroup,
  describeTargetHealth,
  type ArnContext,
  type AwsDescription,
} from './describe-aws.ts';
import {
  controllerServiceAccount,
  kubernetesView,
  type KubernetesView,
} from './kubernetes-yaml.ts';
import { targetGroupBindingView } from './target-group-binding-yaml.ts';

/** What the inspector may show: the simulator's world and plan, and optionally a trace and events. */
export interface InspectorData {
  world: World;
  plan: Plan;
  trace?: Trace;
  events?: readonly SimEvent[];
}

export interface Inspection {
  node: SceneNode;
  kubernetes: KubernetesView | null;
  aws: AwsDescription[];
  /** For a target group (all its targets) or one target. */
  targets: readonly PlanTarget[] | null;
  /** For IAM and the ServiceAccount: the role the controller assumes (null: none annotated). */
  iamRole: { arn: string | null } | null;
  events: SimEvent[];
  hops: { direction: 'request' | 'response'; hop: Hop }[];
  /** The call that made it during the run, when the starting plan does not describe it. */
  createdBy: Extract<SimEvent, { kind: 'aws-call' }> | null;
}

/** The call that makes each kind of AWS card. */
const CREATED_BY: Partial<Record<SceneNode['kind'], string>> = {
  'load-balancer': 'CreateLoadBalancer',
  listener: 'CreateListener',
  rule: 'CreateRule',
  'target-group': 'CreateTargetGroup',
};

/** The successful call among an element's events that made it (a load balancer made mid-run). */
function creatingCall(node: SceneNode, events: readonly SimEvent[]): Inspection['createdBy'] {
  const operation = CREATED_BY[node.kind];
  for (const event of events)
    if (event.kind === 'aws-call' && event.ok && event.operation === operation) return event;
  return null;
}

const arnContext = (data: InspectorData): ArnContext => ({
  settings: data.world.settings,
  loadBalancers: data.plan.loadBalancers,
  targetGroups: data.plan.targetGroups,
});

function awsSide(id: string, node: SceneNode, data: InspectorData) {
  const c = arnContext(data);
  const aws: AwsDescription[] = [];
  let targets: readonly PlanTarget[] | null = null;
  if (node.kind === 'subnet' && node.parent)
    aws.push(
      describeSubnet(c, {
        cidr: node.label,
        zone: node.parent.slice('az:'.length),
        tier: node.detail === 'public' ? 'public' : 'private',
      }),
    );
  if (node.kind === 'vpc') aws.push(describeVpc(c, node.label));
  for (const lb of data.plan.loadBalancers) {
    if (id === diagramId.loadBalancer(lb.stack)) aws.push(describeLoadBalancer(c, lb));
    for (const listener of lb.listeners) {
      if (id === diagramId.listener(lb.stack, listener.port))
        aws.push(describeListener(c, lb, listener));
      for (const rule of listener.rules)
        if (id === diagramId.rule(lb.stack, listener.port, rule.priority))
          aws.push(describeRule(c, lb, rule));
    }
  }
  for (const tg of data.plan.targetGroups) {
    if (id === diagramId.targetGroup(tg.id)) {
      aws.push(describeTargetGroup(c, tg), describeTargetHealth(c, tg));
      targets = tg.targets;
    }
    const target = tg.targets.find((t) => id === diagramId.target(tg.id, t.id, t.port));
    if (target && node.kind === 'target') {
      aws.push(describeTargetHealth(c, tg, [target]));
      targets = [target];
    }
  }
  return { aws, targets };
}

/** An EC2 call on the security group a diagram element stands for (by its name or ID). */
function namesSecurityGroup(event: SimEvent, node: SceneNode): boolean {
  if (node.kind !== 'security-group' || event.kind !== 'aws-call' || event.service !== 'ec2')
    return false;
  const group = event.request.GroupName ?? event.request.GroupId;
  return group !== undefined && group === node.ref?.key;
}

/** The steady-state scene with every group expanded: each element the data can draw. */
export function fullScene(data: InspectorData): Scene {
  const input = sceneInputFromWorld(data.world, data.plan);
  const groups = [
    ...new Set(data.world.nodes.map((n) => subnetOfNode(input, n.meta.name))),
    ...data.world.nodes.map((n) => diagramId.node(n.meta.name)),
    ...data.plan.targetGroups.map((tg) => diagramId.targetGroup(tg.id)),
  ];
  return buildScene(input, new Set(groups));
}

/** Everything the inspector shows for one diagram element; null when the id is not drawn. */
export function inspect(id: string, scene: Scene, data: InspectorData): Inspection | null {
  const node =
    scene.nodes.find((n) => n.id === id) ?? fullScene(data).nodes.find((n) => n.id === id);
  if (!node) return null;
  const account = controllerServiceAccount(data.world);
  const binding =
    node.ref?.type === 'targetGroupBinding'
      ? data.plan.targetGroups.find((tg) => tg.id === node.ref?.key)
      : undefined;
  const kubernetes = binding
    ? targetGroupBindingView(arnContext(data), binding, data.events ?? [])
    : node.kind === 'serviceaccount'
      ? account.key === null
        ? null
        : kubernetesView(data.world, 'serviceAccount', account.key)
      : node.ref
        ? kubernetesView(data.world, node.ref.type, node.ref.key)
        : null;
  const trace = data.trace;
  const hops = trace
    ? [
        ...trace.hops.map((hop) => ({ direction: 'request' as const, hop })),
        ...trace.response.map((hop) => ({ direction: 'response' as const, hop })),
      ].filter(({ hop }) => hopElementId(hop, trace) === id)
    : [];
  // The simulator's `focus` lists the diagram ids an event touched; a security group's calls
  // name the group (its focus is the load balancer), so they are found by that name.
  // A binding's events are its group's that the binding made (the scene adds it to their focus).
  const events = (data.events ?? []).filter(
    (event) => withBindingFocus(event, event.focus).includes(id) || namesSecurityGroup(event, node),
  );
  const aws = awsSide(id, node, data);
  return {
    node,
    kubernetes,
    ...aws,
    iamRole:
      node.kind === 'iam' || node.kind === 'serviceaccount' ? { arn: account.roleArn } : null,
    events,
    hops,
    createdBy: aws.aws.length === 0 ? creatingCall(node, events) : null,
  };
}
