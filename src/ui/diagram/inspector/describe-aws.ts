import type {
  PlanListener,
  PlanLoadBalancer,
  PlanRule,
  PlanTarget,
  PlanTargetGroup,
} from '../../../simulator/index.ts';
import {
  listenerArn,
  loadBalancerArn,
  ruleArn,
  targetGroupArn,
  type ArnContext,
} from './aws-arns.ts';
import { cliActions, cliCondition, forwardsTo } from './describe-actions.ts';

/** A resource as `aws elbv2 describe-…` prints it: the command and its JSON output. */
export type { ArnContext } from './aws-arns.ts';

export interface AwsDescription {
  command: string;
  json: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function describeLoadBalancer(c: ArnContext, lb: PlanLoadBalancer): AwsDescription {
  return {
    command: `aws elbv2 describe-load-balancers --names ${lb.name}`,
    json: json({
      LoadBalancers: [
        {
          LoadBalancerArn: loadBalancerArn(c, lb),
          DNSName: lb.dnsName,
          LoadBalancerName: lb.name,
          Scheme: lb.scheme,
          VpcId: 'vpc-<id>',
          State: { Code: 'active' },
          Type: lb.type,
          IpAddressType: lb.ipAddressType,
        },
      ],
    }),
  };
}

export function describeListener(
  c: ArnContext,
  lb: PlanLoadBalancer,
  listener: PlanListener,
): AwsDescription {
  const arnOf = (id: string) => targetGroupArn(c, id);
  return {
    command: `aws elbv2 describe-listeners --load-balancer-arn ${loadBalancerArn(c, lb)}`,
    json: json({
      Listeners: [
        {
          ListenerArn: listenerArn(c, lb),
          LoadBalancerArn: loadBalancerArn(c, lb),
          Port: listener.port,
          Protocol: listener.protocol,
          ...(listener.certificateArns.length
            ? { Certificates: listener.certificateArns.map((arn) => ({ CertificateArn: arn })) }
            : {}),
          ...(listener.sslPolicy ? { SslPolicy: listener.sslPolicy } : {}),
          DefaultActions: cliActions(listener.defaultAction, listener.defaultPreActions, arnOf),
        },
      ],
    }),
  };
}

export function describeRule(c: ArnContext, lb: PlanLoadBalancer, rule: PlanRule): AwsDescription {
  return {
    command: `aws elbv2 describe-rules --listener-arn ${listenerArn(c, lb)}`,
    json: json({
      Rules: [
        {
          RuleArn: ruleArn(c, lb),
          Priority: String(rule.priority),
          Conditions: rule.conditions.map(cliCondition),
          Actions: cliActions(rule.action, rule.preActions, (id) => targetGroupArn(c, id)),
          IsDefault: false,
        },
      ],
    }),
  };
}

export function describeTargetGroup(c: ArnContext, tg: PlanTargetGroup): AwsDescription {
  const hc = tg.healthCheck;
  const users = c.loadBalancers.filter((lb) =>
    lb.listeners.some(
      (l) => forwardsTo(l.defaultAction, tg) || l.rules.some((r) => forwardsTo(r.action, tg)),
    ),
  );
  const grpc = tg.protocolVersion === 'GRPC';
  return {
    command: `aws elbv2 describe-target-groups --names ${tg.name}`,
    json: json({
      TargetGroups: [
        {
          TargetGroupArn: targetGroupArn(c, tg.id),
          TargetGroupName: tg.name,
          Protocol: tg.protocol,
          ...(tg.protocolVersion ? { ProtocolVersion: tg.protocolVersion } : {}),
          Port: tg.port,
          VpcId: 'vpc-<id>',
          HealthCheckProtocol: hc.protocol,
          HealthCheckPort: String(hc.port),
          HealthCheckEnabled: true,
          HealthCheckIntervalSeconds: hc.intervalSeconds,
          HealthCheckTimeoutSeconds: hc.timeoutSeconds,
          HealthyThresholdCount: hc.healthyThreshold,
          UnhealthyThresholdCount: hc.unhealthyThreshold,
          ...(hc.path ? { HealthCheckPath: hc.path } : {}),
          ...(hc.matcher
            ? { Matcher: grpc ? { GrpcCode: hc.matcher } : { HttpCode: hc.matcher } }
            : {}),
          LoadBalancerArns: users.map((lb) => loadBalancerArn(c, lb)),
          TargetType: tg.targetType,
          IpAddressType: tg.ipAddressType,
        },
      ],
    }),
  };
}

export function describeTargetHealth(
  c: ArnContext,
  tg: PlanTargetGroup,
  targets: readonly PlanTarget[] = tg.targets,
): AwsDescription {
  const only = targets.length === 1 && tg.targets.length > 1 ? targets[0] : undefined;
  return {
    command:
      `aws elbv2 describe-target-health --target-group-arn ${targetGroupArn(c, tg.id)}` +
      (only ? ` --targets Id=${only.id},Port=${only.port}` : ''),
    json: json({
      TargetHealthDescriptions: targets.map((t) => ({
        Target: { Id: t.id, Port: t.port },
        HealthCheckPort:
          tg.healthCheck.port === 'traffic-port' ? String(t.port) : String(tg.healthCheck.port),
        TargetHealth: {
          State: t.health.state,
          ...(t.health.reason ? { Reason: t.health.reason } : {}),
        },
      })),
    }),
  };
}

/**
 * A subnet as `aws ec2 describe-subnets` prints it, from what the diagram derived (its range and
 * zone): the tag the controller's subnet discovery looks for, `kubernetes.io/role/elb` on public
 * subnets (internet-facing load balancers) and `kubernetes.io/role/internal-elb` on private ones.
 */
export function describeSubnet(
  c: ArnContext,
  subnet: { cidr: string; zone: string; tier: 'public' | 'private' },
): AwsDescription {
  const role =
    subnet.tier === 'public' ? 'kubernetes.io/role/elb' : 'kubernetes.io/role/internal-elb';
  return {
    command: `aws ec2 describe-subnets --filters Name=cidr-block,Values=${subnet.cidr}`,
    json: json({
      Subnets: [
        {
          SubnetId: 'subnet-<id>',
          VpcId: 'vpc-<id>',
          AvailabilityZone: subnet.zone,
          CidrBlock: subnet.cidr,
          MapPublicIpOnLaunch: subnet.tier === 'public',
          Tags: [
            { Key: role, Value: '1' },
            { Key: `kubernetes.io/cluster/${c.settings.clusterName}`, Value: 'shared' },
          ],
        },
      ],
    }),
  };
}

/** The VPC as `aws ec2 describe-vpcs` prints it. */
export function describeVpc(c: ArnContext, cidr: string): AwsDescription {
  return {
    command: `aws ec2 describe-vpcs --filters Name=cidr,Values=${cidr}`,
    json: json({ Vpcs: [{ VpcId: 'vpc-<id>', CidrBlock: cidr, OwnerId: c.settings.accountId }] }),
  };
}
