/**
 * Subnet discovery (reference §3.1 `subnets`, §11 item 7; checked against the controller's
 * `pkg/networking/subnet_resolver.go` and `pkg/ingress/model_build_load_balancer.go`).
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../aws/plan.ts';
import {
  albClass,
  ingress,
  node,
  planOf,
  pod,
  route,
  service,
  settings,
} from '../test-support/manifests.ts';
import { readSettings } from '../world/settings.ts';

const A = 'alb.ingress.kubernetes.io/';
type Doc = Record<string, unknown>;

const subnet = (id: string, zone: string, tags: Record<string, string>, extra: Doc = {}): Doc => ({
  id,
  zone,
  cidr: '10.0.0.0/24',
  tags,
  ...extra,
});
const ELB = 'kubernetes.io/role/elb';
const INTERNAL_ELB = 'kubernetes.io/role/internal-elb';

/** Nodes in two zones, one pod each; the default ingress is internet-facing. */
const cluster = (): Doc[] => [
  node('node-a', '10.0.1.10', { instance: 'i-0000000000000000a' }),
  {
    ...node('node-b', '10.0.2.20', { instance: 'i-0000000000000000b' }),
    metadata: { name: 'node-b', labels: { 'topology.kubernetes.io/zone': 'us-west-2b' } },
  },
  pod('web-1', 'node-a', '10.0.1.101'),
  pod('web-2', 'node-b', '10.0.2.102'),
  service('web', {}),
];
const albPlan = (subnets: Doc[], annotations: Record<string, string> = {}): Plan =>
  planOf([
    albClass,
    ...cluster(),
    settings({ subnets }),
    ingress(
      'web',
      { rules: [route('web')] },
      { [`${A}scheme`]: 'internet-facing', ...annotations },
    ),
  ]);
const messages = (plan: Plan) => plan.errors.map((e) => `${e.reason}: ${e.message}`);

describe('subnet discovery (§3.1, §11 item 7)', () => {
  it('an internet-facing ALB takes the subnets tagged kubernetes.io/role/elb ("" or "1")', () => {
    const plan = albPlan([
      subnet('subnet-a', 'us-west-2a', { [ELB]: '1' }),
      subnet('subnet-b', 'us-west-2b', { [ELB]: '' }),
      subnet('subnet-c', 'us-west-2c', { [INTERNAL_ELB]: '1' }),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.loadBalancers).toHaveLength(1);
  });

  it('an internal ALB looks for kubernetes.io/role/internal-elb, not for elb', () => {
    const plan = albPlan(
      [
        subnet('subnet-a', 'us-west-2a', { [ELB]: '1' }),
        subnet('subnet-b', 'us-west-2b', { [ELB]: '1' }),
      ],
      { [`${A}scheme`]: 'internal' },
    );
    // No internal-elb tag anywhere: discovery by reachability, and both are private (no route
    // to an internet gateway), so the internal ALB gets them.
    expect(plan.errors).toEqual([]);
    const none = albPlan(
      [
        subnet('subnet-a', 'us-west-2a', { [ELB]: '1' }, { public: true }),
        subnet('subnet-b', 'us-west-2b', { [ELB]: '1' }, { public: true }),
      ],
      { [`${A}scheme`]: 'internal' },
    );
    expect(messages(none)).toEqual([
      "FailedBuildModel: Failed build model due to couldn't auto-discover subnets: unable to resolve at least one subnet. Evaluated 0 subnets: 0 are tagged for other clusters, and 0 have insufficient available IP addresses",
    ]);
    expect(none.loadBalancers).toEqual([]);
  });

  it('without role tags, discovery falls back to reachability (public subnets for internet-facing)', () => {
    const plan = albPlan([
      subnet('subnet-a', 'us-west-2a', {}, { public: true }),
      subnet('subnet-b', 'us-west-2b', {}, { public: true }),
    ]);
    expect(plan.errors).toEqual([]);
  });

  it('counts subnets tagged for other clusters and those short of addresses in the error', () => {
    const plan = albPlan([
      subnet('subnet-a', 'us-west-2a', { [ELB]: '1', 'kubernetes.io/cluster/other': 'shared' }),
      subnet('subnet-b', 'us-west-2b', { [ELB]: '1' }, { availableIpAddressCount: 3 }),
    ]);
    expect(messages(plan)).toEqual([
      "FailedBuildModel: Failed build model due to couldn't auto-discover subnets: unable to resolve at least one subnet. Evaluated 2 subnets: 1 are tagged for other clusters, and 1 have insufficient available IP addresses",
    ]);
  });

  it('an ALB needs two zones; an NLB is content with one, and its error is not wrapped', () => {
    const one = [subnet('subnet-a', 'us-west-2a', { [ELB]: '1' })];
    expect(messages(albPlan(one))).toEqual([
      "FailedBuildModel: Failed build model due to couldn't auto-discover subnets: subnets count less than minimal required count: 1 < 2",
    ]);
    const nlb = (subnets: Doc[]) =>
      planOf([
        ...cluster(),
        settings({ subnets }),
        service(
          'edge',
          { type: 'LoadBalancer', loadBalancerClass: 'service.k8s.aws/nlb' },
          { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing' },
        ),
      ]);
    expect(nlb(one).errors).toEqual([]);
    expect(messages(nlb([]))).toEqual([
      'FailedBuildModel: Failed build model due to unable to resolve at least one subnet. Evaluated 0 subnets: 0 are tagged for other clusters, and 0 have insufficient available IP addresses',
    ]);
  });

  it('targets in a zone the chosen subnets do not cover are unused (Target.NotInUse)', () => {
    const plan = albPlan([
      subnet('subnet-a', 'us-west-2a', { [ELB]: '1' }),
      subnet('subnet-c', 'us-west-2c', { [ELB]: '1' }),
    ]);
    const health = Object.fromEntries(
      plan.targetGroups[0]!.targets.map((t) => [t.node, t.health.state]),
    );
    expect(health).toEqual({ 'node-a': 'healthy', 'node-b': 'unused' });
  });

  it('picks one subnet per zone, preferring the one tagged for this cluster', () => {
    const plan = albPlan([
      subnet('subnet-a1', 'us-west-2a', { [ELB]: '1' }),
      subnet('subnet-a2', 'us-west-2a', {
        [ELB]: '1',
        'kubernetes.io/cluster/my-cluster': 'owned',
      }),
    ]);
    // Both are in one zone: one is chosen, and one zone is not enough for an ALB.
    expect(messages(plan)[0]).toContain('subnets count less than minimal required count: 1 < 2');
  });

  it('the subnets annotation names IDs or Name tags; unknown ones and repeated zones are errors', () => {
    const vpc = [
      subnet('subnet-a', 'us-west-2a', { Name: 'public-a' }),
      subnet('subnet-b', 'us-west-2b', { Name: 'public-b' }),
      subnet('subnet-b2', 'us-west-2b', {}),
    ];
    expect(albPlan(vpc, { [`${A}subnets`]: 'subnet-a, public-b' }).errors).toEqual([]);
    expect(messages(albPlan(vpc, { [`${A}subnets`]: 'subnet-a, subnet-x' }))).toEqual([
      "FailedBuildModel: Failed build model due to failed to list subnets by names or IDs: couldn't find all subnets, want: [subnet-a subnet-x], found: [subnet-a]",
    ]);
    expect(messages(albPlan(vpc, { [`${A}subnets`]: 'subnet-b, subnet-b2' }))).toEqual([
      'FailedBuildModel: Failed build model due to multiple subnets in same Availability Zone us-west-2b: [subnet-b subnet-b2]',
    ]);
  });

  it('members of one group that name different subnets conflict (Exclusive)', () => {
    const vpc = [
      subnet('subnet-a', 'us-west-2a', {}),
      subnet('subnet-b', 'us-west-2b', {}),
      subnet('subnet-c', 'us-west-2c', {}),
    ];
    const plan = planOf([
      albClass,
      ...cluster(),
      settings({ subnets: vpc }),
      ingress(
        'one',
        { rules: [route('web', 80, '/1')] },
        { [`${A}group.name`]: 'g', [`${A}subnets`]: 'subnet-a,subnet-b' },
      ),
      ingress(
        'two',
        { rules: [route('web', 80, '/2')] },
        { [`${A}group.name`]: 'g', [`${A}subnets`]: 'subnet-b,subnet-c' },
      ),
    ]);
    expect(messages(plan)).toEqual([
      'FailedBuildModel: Failed build model due to conflicting subnets: [subnet-a subnet-b] | [subnet-b subnet-c]',
      'FailedBuildModel: Failed build model due to conflicting subnets: [subnet-a subnet-b] | [subnet-b subnet-c]',
    ]);
  });

  it('without SimulatorSettings subnets nothing is discovered and nothing fails', () => {
    const plan = planOf([
      albClass,
      ...cluster(),
      ingress('web', { rules: [route('web')] }, { [`${A}subnets`]: 'subnet-nowhere' }),
    ]);
    expect(plan.errors).toEqual([]);
  });

  it('reads subnets from the settings, tags as a map or as EC2 lists them', () => {
    const notes: string[] = [];
    const read = readSettings(
      {
        subnets: [
          { id: 'subnet-a', zone: 'us-west-2a', tags: [{ Key: ELB, Value: '1' }] },
          { id: 'subnet-b', zone: 'us-west-2b', tags: { [INTERNAL_ELB]: '' }, public: true },
          { zone: 'us-west-2c' },
        ],
      },
      notes,
    );
    expect(read.subnets).toEqual([
      {
        id: 'subnet-a',
        zone: 'us-west-2a',
        cidr: '',
        public: false,
        tags: { [ELB]: '1' },
        availableIpAddressCount: 250,
      },
      {
        id: 'subnet-b',
        zone: 'us-west-2b',
        cidr: '',
        public: true,
        tags: { [INTERNAL_ELB]: '' },
        availableIpAddressCount: 250,
      },
    ]);
    expect(notes).toEqual(['SimulatorSettings subnets[2]: needs id and zone; ignored']);
  });
});
