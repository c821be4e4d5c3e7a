import type { PlanAction, PlanListener, PlanRule } from '../aws/plan.ts';
import type { StackModel } from '../reconcile/stack-model.ts';

/** One AWS call the deployer makes, in order (§2.1 step 5). */
export interface PlannedCall {
  service: 'ec2' | 'elbv2';
  operation: string;
  request: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Actions point at target groups by ARN: compare the names behind the plan ids. */
const withArns = (action: PlanAction, names: ReadonlyMap<string, string>): unknown =>
  action.type !== 'forward'
    ? action
    : 'targetGroup' in action
      ? { ...action, targetGroup: names.get(action.targetGroup) ?? action.targetGroup }
      : {
          ...action,
          targetGroups: action.targetGroups.map((t) => ({ ...t, id: names.get(t.id) ?? t.id })),
        };
const shapes = (stack: StackModel) => {
  const names = new Map(stack.targetGroups.map((t) => [t.spec.id, t.spec.name]));
  return {
    listener: (l: PlanListener) => ({
      protocol: l.protocol,
      certificateArns: l.certificateArns,
      sslPolicy: l.sslPolicy,
      defaultAction: withArns(l.defaultAction, names),
    }),
    rule: (r: PlanRule) => ({
      conditions: r.conditions,
      action: withArns(r.action, names),
      preActions: r.preActions,
    }),
  };
};

/**
 * The calls that take AWS from `before` (null: nothing yet) to `after`: creates for a fresh
 * stack, and on a re-reconcile only what changed — a Modify instead of a Create, deletions of
 * what is no longer wanted (target groups last, once no rule points at them).
 */
export function diffStack(before: StackModel | null, after: StackModel): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const next = shapes(after);
  const previousShapes = before ? shapes(before) : next;
  const lbName = after.loadBalancer.name;
  const managed = after.securityGroups?.managed;
  if (!before && managed)
    calls.push(
      {
        service: 'ec2',
        operation: 'CreateSecurityGroup',
        request: {
          GroupName: managed.name,
          Description: '[k8s] Managed SecurityGroup for LoadBalancer',
        },
      },
      {
        service: 'ec2',
        operation: 'AuthorizeSecurityGroupIngress',
        request: {
          GroupName: managed.name,
          IpPermissions: managed.ingress.map(({ port, cidr }) => ({
            IpProtocol: 'tcp',
            FromPort: port,
            ToPort: port,
            ...(cidr.includes(':')
              ? { Ipv6Ranges: [{ CidrIpv6: cidr }] }
              : { IpRanges: [{ CidrIp: cidr }] }),
          })),
        },
      },
    );
  else if (!before && managed === undefined)
    // Not modelled (NLB stacks): the group is named after the load balancer.
    calls.push(
      { service: 'ec2', operation: 'CreateSecurityGroup', request: { GroupName: lbName } },
      {
        service: 'ec2',
        operation: 'AuthorizeSecurityGroupIngress',
        request: { Ports: after.listeners.map((l) => l.port) },
      },
    );

  const oldTgs = new Map((before?.targetGroups ?? []).map((t) => [t.spec.name, t]));
  for (const tg of after.targetGroups) {
    const previous = oldTgs.get(tg.spec.name);
    if (!previous) {
      calls.push({
        service: 'elbv2',
        operation: 'CreateTargetGroup',
        request: {
          Name: tg.spec.name,
          Protocol: tg.spec.protocol,
          Port: tg.spec.port,
          TargetType: tg.spec.targetType,
          ...(tg.tags && Object.keys(tg.tags).length > 0 ? { Tags: tg.tags } : {}),
        },
      });
      if (Object.keys(tg.spec.attributes).length > 0)
        calls.push({
          service: 'elbv2',
          operation: 'ModifyTargetGroupAttributes',
          request: { Name: tg.spec.name, Attributes: tg.spec.attributes },
        });
      continue;
    }
    if (!same(previous.spec.healthCheck, tg.spec.healthCheck))
      calls.push({
        service: 'elbv2',
        operation: 'ModifyTargetGroup',
        request: { Name: tg.spec.name, HealthCheck: tg.spec.healthCheck },
      });
    if (!same(previous.spec.attributes, tg.spec.attributes))
      calls.push({
        service: 'elbv2',
        operation: 'ModifyTargetGroupAttributes',
        request: { Name: tg.spec.name, Attributes: tg.spec.attributes },
      });
  }

  const replaced = before !== null && before.loadBalancer.name !== lbName;
  if (replaced)
    calls.push({
      service: 'elbv2',
      operation: 'DeleteLoadBalancer',
      request: { Name: before.loadBalancer.name },
    });
  if (!before || replaced) {
    calls.push({
      service: 'elbv2',
      operation: 'CreateLoadBalancer',
      request: { Name: lbName, Type: after.loadBalancer.type, Scheme: after.loadBalancer.scheme },
    });
    if (Object.keys(after.loadBalancer.attributes).length > 0)
      calls.push({
        service: 'elbv2',
        operation: 'ModifyLoadBalancerAttributes',
        request: { Attributes: after.loadBalancer.attributes },
      });
  } else if (!same(before.loadBalancer.attributes, after.loadBalancer.attributes)) {
    calls.push({
      service: 'elbv2',
      operation: 'ModifyLoadBalancerAttributes',
      request: { Attributes: after.loadBalancer.attributes },
    });
  }

  const oldListeners = new Map((replaced ? [] : (before?.listeners ?? [])).map((l) => [l.port, l]));
  for (const listener of after.listeners) {
    const previous = oldListeners.get(listener.port);
    if (!previous)
      calls.push({
        service: 'elbv2',
        operation: 'CreateListener',
        request: {
          Port: listener.port,
          Protocol: listener.protocol,
          DefaultActions: [listener.defaultAction],
        },
      });
    else if (!same(previousShapes.listener(previous), next.listener(listener)))
      calls.push({
        service: 'elbv2',
        operation: 'ModifyListener',
        request: { Port: listener.port, ...next.listener(listener) },
      });
    if (
      listener.certificateArns.length > 1 &&
      (!previous || !same(previous.certificateArns, listener.certificateArns))
    ) {
      calls.push({
        service: 'elbv2',
        operation: 'AddListenerCertificates',
        request: { Port: listener.port, Certificates: listener.certificateArns.slice(1) },
      });
    }
  }
  for (const [port] of oldListeners)
    if (!after.listeners.some((l) => l.port === port))
      calls.push({ service: 'elbv2', operation: 'DeleteListener', request: { Port: port } });

  for (const listener of after.listeners) {
    const oldRules = new Map(
      (oldListeners.get(listener.port)?.rules ?? []).map((r) => [r.priority, r]),
    );
    for (const rule of listener.rules) {
      const previous = oldRules.get(rule.priority);
      if (!previous)
        calls.push({
          service: 'elbv2',
          operation: 'CreateRule',
          request: { ListenerPort: listener.port, Priority: rule.priority, ...next.rule(rule) },
        });
      else if (!same(previousShapes.rule(previous), next.rule(rule)))
        calls.push({
          service: 'elbv2',
          operation: 'ModifyRule',
          request: { ListenerPort: listener.port, Priority: rule.priority, ...next.rule(rule) },
        });
    }
    for (const [priority] of oldRules)
      if (!listener.rules.some((r) => r.priority === priority))
        calls.push({
          service: 'elbv2',
          operation: 'DeleteRule',
          request: { ListenerPort: listener.port, Priority: priority },
        });
  }
  const newNames = new Set(after.targetGroups.map((t) => t.spec.name));
  for (const [name] of oldTgs)
    if (!newNames.has(name))
      calls.push({ service: 'elbv2', operation: 'DeleteTargetGroup', request: { Name: name } });
  return calls;
}
