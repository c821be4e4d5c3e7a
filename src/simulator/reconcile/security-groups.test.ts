/**
 * Security groups (reference §2.1 step 5.1, §2.3 step 5, §3.1 `security-groups`, §5.1 names),
 * checked against `pkg/ingress/model_build_managed_sg.go`, `pkg/networking/backend_sg_provider.go`
 * and `pkg/networking/networking_manager.go`.
 */
import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  planOf,
  route,
  service,
  smallCluster,
  worldOf,
} from '../test-support/manifests.ts';
import type { SimEvent } from '../timeline/sim-events.ts';
import { simulate } from '../timeline/simulate.ts';
import { backendSecurityGroupName, managedSecurityGroupName } from './naming.ts';
import { reconcile } from './reconcile.ts';

const A = 'alb.ingress.kubernetes.io/';
const sgCalls = (events: SimEvent[]) =>
  events.flatMap((e) =>
    e.kind === 'aws-call' && e.service === 'ec2' ? [{ op: e.operation, request: e.request }] : [],
  );
const docs = (annotations: Record<string, string> = {}, svc: Record<string, string> = {}) => [
  albClass,
  ...smallCluster(),
  service('web', {}, svc),
  ingress('web', { rules: [route('web')] }, annotations),
];

describe('security groups', () => {
  it('§5.1: names as the controller’s own unit tests have them', () => {
    // model_builder_test.go (cluster-dummy, ns-1/ing-1) and backend_sg_provider_test.go.
    expect(managedSecurityGroupName('cluster-dummy', 'ns-1/ing-1', false)).toBe(
      'k8s-ns1-ing1-bd83176788',
    );
    expect(backendSecurityGroupName('testCluster')).toBe('k8s-traffic-testCluster-411a1bcdb1');
  });

  it('§2.1 step 5.1: the managed group opens each listen port to its inbound CIDRs (IPv6 only when dual-stack)', () => {
    const stack = (annotations: Record<string, string>) =>
      reconcile(worldOf(docs(annotations))).stacks[0]!.securityGroups!.managed;
    expect(
      stack({
        [`${A}listen-ports`]: '[{"HTTP": 80}, {"HTTP": 8080}]',
        [`${A}inbound-cidrs`]: '10.0.0.0/8, 2600::/64',
      })!.ingress,
    ).toEqual([
      { port: 80, cidr: '10.0.0.0/8' },
      { port: 8080, cidr: '10.0.0.0/8' },
    ]);
    expect(stack({ [`${A}ip-address-type`]: 'dualstack' })!.ingress).toEqual([
      { port: 80, cidr: '0.0.0.0/0' },
      { port: 80, cidr: '::/0' },
    ]);
  });

  it('§2.3 step 5: the binding lets the backend group into the nodes’ group on the NodePort and a numeric health-check port, once', () => {
    const { events } = simulate(
      worldOf([
        ...docs({ [`${A}healthcheck-port`]: '10254' }),
        ingress('other', { rules: [route('web', 80, '/other')] }),
      ]),
      [],
      { untilMs: 20_000 },
    );
    const opened = sgCalls(events).filter((c) => c.op === 'AuthorizeSecurityGroupIngress');
    const nodeRules = opened.filter((c) => 'GroupId' in c.request);
    expect(
      nodeRules.flatMap((c) =>
        (c.request.IpPermissions as { FromPort: number; UserIdGroupPairs: unknown[] }[]).map(
          (p) => [p.FromPort, p.UserIdGroupPairs],
        ),
      ),
    ).toEqual([
      [
        10254,
        [
          {
            GroupName: backendSecurityGroupName('my-cluster'),
            Description: 'elbv2.k8s.aws/targetGroupBinding=shared',
          },
        ],
      ],
      [
        30080,
        [
          {
            GroupName: backendSecurityGroupName('my-cluster'),
            Description: 'elbv2.k8s.aws/targetGroupBinding=shared',
          },
        ],
      ],
    ]);
    // One shared backend group for the cluster, however many load balancers.
    expect(
      sgCalls(events).filter(
        (c) =>
          c.op === 'CreateSecurityGroup' &&
          c.request.GroupName === backendSecurityGroupName('my-cluster'),
      ),
    ).toHaveLength(1);
  });

  it('§3.1: with the security-groups annotation there is no managed group and, by default, no backend rule', () => {
    const user = { [`${A}security-groups`]: 'sg-0123' };
    expect(planOf(docs(user)).apiCalls.slice(0, 2)).toEqual([
      'CreateTargetGroup',
      'CreateLoadBalancer',
    ]);
    expect(sgCalls(simulate(worldOf(docs(user)), [], { untilMs: 20_000 }).events)).toEqual([]);
    const managed = simulate(
      worldOf(docs({ ...user, [`${A}manage-backend-security-group-rules`]: 'true' })),
      [],
      { untilMs: 20_000 },
    );
    expect(sgCalls(managed.events).map((c) => c.op)).toEqual([
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
    ]);
  });
});
