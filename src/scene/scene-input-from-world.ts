import {
  instanceIdOf,
  instanceTargetNodes,
  loadBalancerAddresses,
  loadBalancerDnsName,
  nodeSecurityGroupId,
  type Plan,
  type ReconcileResult,
  type SimEvent,
  type World,
} from '../simulator/index.ts';
import type {
  CreatedLoadBalancerAddresses,
  SceneInTreeTargets,
  SceneInput,
  SceneSecurityGroups,
} from './scene-input.ts';

const CONTROLLER_LABEL = 'aws-load-balancer-controller';

/** A node's EC2 instance id (from its providerID), or null where it has none. */
function instanceOf(node: World['nodes'][number]): string | null {
  const id = instanceIdOf(node);
  return id.ok ? id.value : null;
}

/**
 * What each in-tree listener sends to (§7): every node the trace may pick (the §6.1 node rules,
 * as the simulator's CLB uses them) on the Service port's NodePort.
 */
function inTreeTargetsOf(world: World, plan: Plan): SceneInTreeTargets[] {
  const nodes = instanceTargetNodes(world, null).filter((n) => n.internalIP);
  const instances = nodes.flatMap((n) => {
    const id = instanceIdOf(n);
    return id.ok ? [{ instanceId: id.value, node: n.meta.name }] : [];
  });
  return (plan.inTreeLoadBalancers ?? []).flatMap((lb) =>
    lb.listeners.flatMap((listener) => {
      const action = listener.defaultAction;
      if (action.type !== 'forward' || !('targetGroup' in action)) return [];
      const [, key = '', port = ''] = /^in-tree:(.+):(\d+)$/.exec(action.targetGroup) ?? [];
      const svc = world.services.find((s) => `${s.meta.namespace}/${s.meta.name}` === key);
      const nodePort = svc?.ports.find((p) => String(p.port) === port)?.nodePort;
      if (nodePort === undefined || nodePort === null) return [];
      return [{ id: action.targetGroup, protocol: listener.protocol, nodePort, instances }];
    }),
  );
}

/**
 * The groups of the controller's stacks (§2.1 step 5.1): each load balancer's managed and backend
 * group, and the ports the bindings open on the nodes' group from the backend group (§2.3 step 5:
 * the NodePort of an instance target group, the pods' port of an ip one, a numeric health-check
 * port). Stacks the simulator does not model groups for (NLBs) draw none.
 */
export function securityGroupsOf(
  stacks: ReconcileResult['stacks'],
  plan: Plan,
  clusterName: string,
): SceneSecurityGroups {
  const ports = new Set<number>();
  let backend: string | null = null;
  for (const stack of stacks) {
    if (!stack.securityGroups?.backend) continue;
    backend = stack.securityGroups.backend;
    for (const model of stack.targetGroups) {
      const tg = plan.targetGroups.find((t) => t.id === model.spec.id);
      if (model.targetType === 'instance' && model.servicePort.nodePort)
        ports.add(model.servicePort.nodePort);
      if (model.targetType === 'ip') for (const t of tg?.targets ?? []) ports.add(t.port);
      if (typeof model.healthCheck.port === 'number') ports.add(model.healthCheck.port);
    }
  }
  return {
    loadBalancers: stacks.flatMap((stack) =>
      stack.securityGroups
        ? [
            {
              stack: stack.stack,
              managed: stack.securityGroups.managed,
              backend: stack.securityGroups.backend,
            },
          ]
        : [],
    ),
    nodes: backend
      ? {
          id: nodeSecurityGroupId(clusterName),
          backend,
          ports: [...ports].filter((p) => p > 0).sort((a, b) => a - b),
        }
      : null,
  };
}

/** The DNS name and addresses of each load balancer the run's CreateLoadBalancer calls make. */
function createdAddresses(
  events: readonly SimEvent[],
  settings: World['settings'],
): Record<string, CreatedLoadBalancerAddresses> {
  const made: Record<string, CreatedLoadBalancerAddresses> = {};
  for (const event of events) {
    if (event.kind !== 'aws-call' || event.operation !== 'CreateLoadBalancer' || !event.ok)
      continue;
    const name = String(event.request.Name ?? '');
    const type = event.request.Type === 'network' ? 'network' : 'application';
    const scheme = event.request.Scheme === 'internet-facing' ? 'internet-facing' : 'internal';
    const addresses = loadBalancerAddresses({ name, scheme }, settings.vpcCidr);
    made[name] = {
      dnsName: loadBalancerDnsName(name, scheme, settings.region, type),
      privateIp: addresses.privateIp,
      frontIp: addresses.frontIp,
    };
  }
  return made;
}

/**
 * The steady-state scene input: the world as given and the plan the controller would reach;
 * with the reconciled `stacks`, the security groups too.
 */
export function sceneInputFromWorld(
  world: World,
  plan: Plan,
  stacks?: ReconcileResult['stacks'],
  /** The run's events: a load balancer they create gets its DNS name and addresses here. */
  events: readonly SimEvent[] = [],
): SceneInput {
  const services = world.services.map((svc) => {
    const selector = Object.entries(svc.selector ?? {});
    const ready =
      selector.length === 0
        ? []
        : world.pods.filter(
            (p) =>
              p.ready &&
              p.podIP &&
              p.meta.namespace === svc.meta.namespace &&
              selector.every(([k, v]) => p.meta.labels[k] === v),
          );
    return {
      key: `${svc.meta.namespace}/${svc.meta.name}`,
      endpointsReady: ready.length,
      proxied: ready.map((p) => `${p.meta.namespace}/${p.meta.name}`),
      type: svc.type,
      nodePorts: svc.ports.flatMap((p) => (p.nodePort ? [p.nodePort] : [])),
    };
  });
  const loadBalancerIps = Object.fromEntries(
    [...plan.loadBalancers, ...(plan.inTreeLoadBalancers ?? [])].map((lb) => [
      lb.stack,
      loadBalancerAddresses(lb, world.settings.vpcCidr).privateIp,
    ]),
  );
  const loadBalancerFrontIps = Object.fromEntries(
    [...plan.loadBalancers, ...(plan.inTreeLoadBalancers ?? [])].map((lb) => [
      lb.stack,
      loadBalancerAddresses(lb, world.settings.vpcCidr).frontIp,
    ]),
  );
  return {
    plan,
    ...(stacks
      ? { securityGroups: securityGroupsOf(stacks, plan, world.settings.clusterName) }
      : {}),
    network: {
      region: world.settings.region,
      vpcCidr: world.settings.vpcCidr,
      loadBalancerZones: world.settings.loadBalancerZones,
      loadBalancerIps,
      loadBalancerFrontIps,
      createdLoadBalancers: createdAddresses(events, world.settings),
    },
    inTreeTargets: inTreeTargetsOf(world, plan),
    nodes: world.nodes.map((n) => ({
      name: n.meta.name,
      ip: n.internalIP,
      instanceId: instanceOf(n),
      ready: n.ready,
      zone: n.zone,
    })),
    pods: world.pods.map((p) => ({
      namespace: p.meta.namespace,
      name: p.meta.name,
      node: p.nodeName,
      ip: p.podIP,
      state: p.terminating ? 'terminating' : !p.podIP ? 'pending' : p.ready ? 'ready' : 'not-ready',
      controller: p.meta.labels['app.kubernetes.io/name'] === CONTROLLER_LABEL,
    })),
    ingresses: world.ingresses.map((i) => `${i.meta.namespace}/${i.meta.name}`),
    services,
    ingressClasses: world.ingressClasses.map((c) => c.meta.name),
    clientIp: world.settings.clientIp,
    irsa: world.serviceAccounts.some((sa) => 'eks.amazonaws.com/role-arn' in sa.meta.annotations),
  };
}
