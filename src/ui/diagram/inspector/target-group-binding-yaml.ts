import { stringify } from 'yaml';
import type { PlanTargetGroup, SimEvent } from '../../../simulator/index.ts';
import { targetGroupArn, type ArnContext } from './aws-arns.ts';
import type { KubernetesView } from './kubernetes-yaml.ts';

/**
 * The source group of the nodes' rules the bindings' reconciler added (§2.3 step 5): the shared
 * backend group, by name, as the timeline's AuthorizeSecurityGroupIngress calls name it.
 */
function backendGroupOf(events: readonly SimEvent[]): string | null {
  for (const event of events) {
    if (event.kind !== 'aws-call' || !event.ok || !event.key.startsWith('tgb:')) continue;
    if (event.operation !== 'AuthorizeSecurityGroupIngress') continue;
    const permissions = Array.isArray(event.request.IpPermissions)
      ? (event.request.IpPermissions as { UserIdGroupPairs?: { GroupName?: string }[] }[])
      : [];
    const name = permissions.flatMap((p) => p.UserIdGroupPairs ?? [])[0]?.GroupName;
    if (name) return name;
  }
  return null;
}

/**
 * The ports a binding opens from the backend group: an instance group's NodePort (its port), an
 * ip group's pod ports, and a numeric health-check port (§2.3 step 5, §5.2).
 */
function portsOf(tg: PlanTargetGroup): number[] {
  const ports = new Set<number>(
    tg.targetType === 'ip' && tg.targets.length > 0 ? tg.targets.map((t) => t.port) : [tg.port],
  );
  if (typeof tg.healthCheck.port === 'number') ports.add(tg.healthCheck.port);
  return [...ports].sort((a, b) => a - b);
}

const asWritten = (port: string): string | number => (/^\d+$/.test(port) ? Number(port) : port);

/**
 * The TargetGroupBinding the controller writes for a target group (§2.1 step 5.7, §5.2): named as
 * the group, in the Service's namespace, with the controller's finalizer (§2.3 step 1). Its
 * networking rule is shown when the timeline's reconciler opened the nodes' group to the backend
 * group; without events it is left out.
 */
export function targetGroupBindingView(
  c: ArnContext,
  tg: PlanTargetGroup,
  events: readonly SimEvent[],
): KubernetesView {
  const [namespace = '', service = ''] = tg.service.split('/');
  const backend = backendGroupOf(events);
  const manifest = {
    apiVersion: 'elbv2.k8s.aws/v1beta1',
    kind: 'TargetGroupBinding',
    metadata: { name: tg.name, namespace, finalizers: ['elbv2.k8s.aws/resources'] },
    spec: {
      targetGroupARN: targetGroupArn(c, tg.id),
      targetType: tg.targetType,
      serviceRef: { name: service, port: asWritten(tg.servicePort) },
      ipAddressType: tg.ipAddressType,
      ...(backend
        ? {
            networking: {
              ingress: [
                {
                  from: [{ securityGroup: { groupID: `<id of ${backend}>` } }],
                  ports: portsOf(tg).map((port) => ({ protocol: 'TCP', port })),
                },
              ],
            },
          }
        : {}),
    },
  };
  return { yaml: stringify(manifest), generatedFrom: null };
}
