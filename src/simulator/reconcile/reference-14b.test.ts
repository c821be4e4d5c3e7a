/**
 * One test per point of reference §14b ("Details checked against the controller source").
 * Each builds the smallest input that shows the point and checks the plan (or the model) for it.
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
  smallCluster,
  worldOf,
} from '../test-support/manifests.ts';
import { diffStack } from '../timeline/deploy-diff.ts';
import { reconcile } from './reconcile.ts';

const A = 'alb.ingress.kubernetes.io/';
const S = 'service.beta.kubernetes.io/';
type Doc = Record<string, unknown>;

const classWithParams = (spec: Doc, name = 'alb-params'): Doc[] => [
  {
    apiVersion: 'elbv2.k8s.aws/v1beta1',
    kind: 'IngressClassParams',
    metadata: { name: `${name}-params` },
    spec,
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name },
    spec: {
      controller: 'ingress.k8s.aws/alb',
      parameters: { apiGroup: 'elbv2.k8s.aws', kind: 'IngressClassParams', name: `${name}-params` },
    },
  },
];
const namespace = (name: string, labels: Record<string, string>): Doc => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});
const nlbService = (annotations: Record<string, string>, spec: Doc = {}): Doc =>
  service(
    'web',
    { type: 'LoadBalancer', loadBalancerClass: 'service.k8s.aws/nlb', ...spec },
    annotations,
  );
const buildErrors = (plan: Plan) =>
  plan.errors.filter((e) => e.reason === 'FailedBuildModel').map((e) => e.message);

describe('§14b target-group IP family', () => {
  const ipv6Pods = [
    node('node-1', '10.0.1.10', { instance: 'i-0000000000000000a' }),
    {
      ...pod('web-1', 'node-1', '10.0.1.101'),
      status: {
        podIP: '10.0.1.101',
        podIPs: [{ ip: '10.0.1.101' }, { ip: '2600:1f14:abcd::101' }],
        conditions: [
          { type: 'ContainersReady', status: 'True' },
          { type: 'Ready', status: 'True' },
        ],
      },
    },
  ];

  it('§14b: an IPv6 Service behind a dual-stack ALB gets an ipv6 target group with pod IPv6 targets', () => {
    const plan = planOf([
      albClass,
      ...ipv6Pods,
      service('web', { ipFamilies: ['IPv6'] }),
      ingress(
        'web',
        { rules: [route('web')] },
        { [`${A}ip-address-type`]: 'dualstack', [`${A}target-type`]: 'ip' },
      ),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.targetGroups[0]).toMatchObject({ ipAddressType: 'ipv6' });
    expect(plan.targetGroups[0]!.targets.map((t) => t.id)).toEqual(['2600:1f14:abcd::101']);
  });

  it('§14b: an IPv4 Service of the same pods registers their IPv4 addresses', () => {
    const plan = planOf([
      albClass,
      ...ipv6Pods,
      service('web', { ipFamilies: ['IPv4'] }),
      ingress('web', { rules: [route('web')] }, { [`${A}target-type`]: 'ip' }),
    ]);
    expect(plan.targetGroups[0]).toMatchObject({ ipAddressType: 'ipv4' });
    expect(plan.targetGroups[0]!.targets.map((t) => t.id)).toEqual(['10.0.1.101']);
  });

  it('§14b: an IPv6 Service behind an ALB or an NLB that is not dual-stack fails the build', () => {
    const alb = planOf([
      albClass,
      ...smallCluster(),
      service('web', { ipFamilies: ['IPv6'] }),
      ingress('web', { rules: [route('web')] }),
    ]);
    expect(buildErrors(alb)).toEqual([
      'Failed build model due to ingress: default/web: unsupported IPv6 configuration, lb not dual-stack',
    ]);
    const nlb = planOf([...smallCluster(), nlbService({}, { ipFamilies: ['IPv6'] })]);
    expect(buildErrors(nlb)).toEqual([
      'Failed build model due to unsupported IPv6 configuration, lb not dual-stack',
    ]);
  });
});

describe('§14b IngressClassParams', () => {
  it('§14b: a namespaceSelector that does not match the Ingress’s namespace gives FailedLoadGroupID', () => {
    const plan = planOf([
      ...classWithParams({ namespaceSelector: { matchLabels: { team: 'shop' } } }),
      namespace('default', { team: 'web' }),
      ...smallCluster(),
      service('web', {}),
      ingress('web', { ingressClassName: 'alb-params', rules: [route('web')] }),
    ]);
    expect(plan.loadBalancers).toEqual([]);
    expect(plan.errors).toEqual([
      {
        object: 'Ingress default/web',
        reason: 'FailedLoadGroupID',
        message:
          'failed load groupID due to invalid ingress class: namespaceSelector of IngressClassParams alb-params-params mismatch',
      },
    ]);
  });

  it('§14b: group.order on the Ingress still orders the members of a group named by params', () => {
    const member = (name: string, order: string, path: string) =>
      ingress(
        name,
        { ingressClassName: 'alb-params', rules: [route('web', 80, path, 'Exact')] },
        { [`${A}group.order`]: order },
      );
    const plan = planOf([
      ...classWithParams({ group: { name: 'shared' } }),
      ...smallCluster(),
      service('web', {}),
      member('a-first-by-name', '10', '/a'),
      member('b-second-by-name', '-5', '/b'),
    ]);
    expect(plan.loadBalancers[0]!.sources).toEqual([
      'Ingress default/b-second-by-name',
      'Ingress default/a-first-by-name',
    ]);
    expect(plan.loadBalancers[0]!.listeners[0]!.rules[0]!.conditions).toEqual([
      { field: 'path-pattern', values: ['/b'] },
    ]);
  });

  it('§14b: loadBalancerName in IngressClassParams beats the load-balancer-name annotation', () => {
    const plan = planOf([
      ...classWithParams({ loadBalancerName: 'from-params' }),
      ...smallCluster(),
      service('web', {}),
      ingress(
        'web',
        { ingressClassName: 'alb-params', rules: [route('web')] },
        { [`${A}load-balancer-name`]: 'from-annotation' },
      ),
    ]);
    expect(plan.loadBalancers[0]!.name).toBe('from-params');
  });
});

describe('§14b listen-ports', () => {
  const listeners = (value: string) =>
    planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress(
        'web',
        { rules: [route('web')] },
        { [`${A}listen-ports`]: value, [`${A}certificate-arn`]: 'arn:aws:acm:cert/1' },
      ),
    ]);

  it('§14b: several keys in one object give one listener each', () => {
    const plan = listeners('[{"HTTP": 80, "HTTPS": 443}]');
    expect(plan.loadBalancers[0]!.listeners.map((l) => `${l.protocol}:${l.port}`)).toEqual([
      'HTTP:80',
      'HTTPS:443',
    ]);
  });

  it('§14b: a repeated port silently keeps the last entry', () => {
    const plan = listeners('[{"HTTP": 8443}, {"HTTPS": 8443}]');
    expect(plan.errors).toEqual([]);
    expect(plan.loadBalancers[0]!.listeners.map((l) => `${l.protocol}:${l.port}`)).toEqual([
      'HTTPS:8443',
    ]);
  });

  it('§14b: a quoted port, or a protocol other than HTTP or HTTPS, is an error', () => {
    expect(buildErrors(listeners('[{"HTTP": "80"}]'))[0]).toContain(
      'failed to parse listen-ports configuration',
    );
    expect(buildErrors(listeners('[{"TCP": 80}]'))).toEqual([
      'Failed build model due to ingress: default/web: listen protocol must be within [HTTP, HTTPS]: TCP',
    ]);
  });
});

describe('§14b "the Service wins" per annotation key', () => {
  it('§14b: target-group-attributes on the Service replaces the Ingress’s whole value', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}, { [`${A}target-group-attributes`]: 'slow_start.duration_seconds=30' }),
      ingress(
        'web',
        { rules: [route('web')] },
        {
          [`${A}target-group-attributes`]:
            'deregistration_delay.timeout_seconds=10,slow_start.duration_seconds=60',
        },
      ),
    ]);
    expect(plan.targetGroups[0]!.attributes).toEqual({ 'slow_start.duration_seconds': '30' });
  });

  it('§14b: tags merge key by key, the Service’s value winning (sent with CreateTargetGroup)', () => {
    const { stacks } = reconcile(
      worldOf([
        albClass,
        ...smallCluster(),
        service('web', {}, { [`${A}tags`]: 'team=payments,tier=backend' }),
        ingress('web', { rules: [route('web')] }, { [`${A}tags`]: 'team=web,env=prod' }),
      ]),
    );
    const create = diffStack(null, stacks[0]!).find((c) => c.operation === 'CreateTargetGroup');
    expect(create?.request.Tags).toEqual({ env: 'prod', team: 'payments', tier: 'backend' });
  });

  it('§3.1 tags: two members of one group with different values for a key fail the build', () => {
    const plan = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress(
        'a',
        { rules: [route('web', 80, '/a')] },
        { [`${A}group.name`]: 'g', [`${A}tags`]: 'team=a' },
      ),
      ingress(
        'b',
        { rules: [route('web', 80, '/b')] },
        { [`${A}group.name`]: 'g', [`${A}tags`]: 'team=b' },
      ),
    ]);
    expect(buildErrors(plan)).toEqual([
      'Failed build model due to conflicting tag team: a | b',
      'Failed build model due to conflicting tag team: a | b',
    ]);
  });
});

describe('§14b authentication', () => {
  const authPlan = (listenPorts: string, serviceAnnotations: Record<string, string> = {}) =>
    planOf([
      albClass,
      ...smallCluster(),
      service('web', {}, serviceAnnotations),
      ingress(
        'web',
        { rules: [route('web')] },
        {
          [`${A}listen-ports`]: listenPorts,
          [`${A}certificate-arn`]: 'arn:aws:acm:cert/1',
          [`${A}auth-type`]: 'cognito',
        },
      ),
    ]);

  it('§14b: a missing IdP configuration is not checked on an HTTP listener, only on HTTPS', () => {
    const http = authPlan('[{"HTTP": 80}]');
    expect(http.errors).toEqual([]);
    expect(http.loadBalancers[0]!.listeners[0]!.rules[0]!.preActions).toBeUndefined();
    expect(buildErrors(authPlan('[{"HTTPS": 443}]'))).toEqual([
      'Failed build model due to ingress: default/web: missing IDPConfigCognito',
    ]);
  });

  it('§14b: a Service with auth-type none switches authentication off for that backend', () => {
    const plan = authPlan('[{"HTTPS": 443}]', { [`${A}auth-type`]: 'none' });
    expect(plan.errors).toEqual([]);
    expect(plan.loadBalancers[0]!.listeners[0]!.rules[0]!.preActions).toBeUndefined();
  });
});

describe('§14b NLB target groups', () => {
  const nlb = (annotations: Record<string, string>, spec: Doc = {}) =>
    planOf([...smallCluster(), nlbService(annotations, spec)]);
  const twoPorts = {
    ports: [
      { name: 'http', port: 80, targetPort: 8080, nodePort: 30080 },
      { name: 'https', port: 443, targetPort: 8443, nodePort: 30443 },
    ],
  };

  it('§14b: target-group attributes can be set per port (…-target-group-attributes.<port>)', () => {
    const plan = nlb(
      {
        [`${S}aws-load-balancer-target-group-attributes`]:
          'deregistration_delay.timeout_seconds=30',
        [`${S}aws-load-balancer-target-group-attributes.443`]:
          'deregistration_delay.timeout_seconds=5,stickiness.enabled=true',
      },
      twoPorts,
    );
    const attrs = Object.fromEntries(plan.targetGroups.map((t) => [t.servicePort, t.attributes]));
    expect(attrs['80']).toEqual({
      'deregistration_delay.timeout_seconds': '30',
      'proxy_protocol_v2.enabled': 'false',
    });
    expect(attrs['443']).toEqual({
      'deregistration_delay.timeout_seconds': '5',
      'proxy_protocol_v2.enabled': 'false',
      'stickiness.enabled': 'true',
    });
  });

  it('§14b: proxy-protocol "*" beats a proxy_protocol_v2.enabled attribute', () => {
    const plan = nlb({
      [`${S}aws-load-balancer-target-group-attributes`]: 'proxy_protocol_v2.enabled=false',
      [`${S}aws-load-balancer-proxy-protocol`]: '*',
    });
    expect(plan.targetGroups[0]!.attributes['proxy_protocol_v2.enabled']).toBe('true');
  });

  it('§14b: preserve_client_ip.enabled must parse as a boolean', () => {
    const plan = nlb({
      [`${S}aws-load-balancer-target-group-attributes`]: 'preserve_client_ip.enabled=yes',
    });
    expect(buildErrors(plan)).toEqual([
      'Failed build model due to failed to parse attribute preserve_client_ip.enabled=yes: strconv.ParseBool: parsing "yes": invalid syntax',
    ]);
    const ok = nlb({
      [`${S}aws-load-balancer-target-group-attributes`]: 'preserve_client_ip.enabled=TRUE',
    });
    expect(ok.errors).toEqual([]);
  });

  it('§14b: ssl-cert without ssl-ports makes every non-UDP port TLS; an unknown ssl-port is an error', () => {
    const plan = nlb(
      { [`${S}aws-load-balancer-ssl-cert`]: 'arn:aws:acm:cert/1' },
      {
        ports: [
          { name: 'http', port: 80, targetPort: 8080, nodePort: 30080 },
          { name: 'dns', port: 53, targetPort: 53, nodePort: 30053, protocol: 'UDP' },
        ],
      },
    );
    expect(plan.loadBalancers[0]!.listeners.map((l) => `${l.protocol}:${l.port}`)).toEqual([
      'UDP:53',
      'TLS:80',
    ]);
    const bad = nlb({
      [`${S}aws-load-balancer-ssl-cert`]: 'arn:aws:acm:cert/1',
      [`${S}aws-load-balancer-ssl-ports`]: '443, https',
    });
    expect(buildErrors(bad)).toEqual([
      'Failed build model due to Unused port in ssl-ports annotation [443 https]',
    ]);
  });

  it('§14b: an HTTP health check defaults to path / and matcher 200-399; the protocol ignores case', () => {
    const plan = nlb({ [`${S}aws-load-balancer-healthcheck-protocol`]: 'http' });
    expect(plan.targetGroups[0]!.healthCheck).toMatchObject({
      protocol: 'HTTP',
      path: '/',
      matcher: '200-399',
    });
  });

  it('§14b/§5.1: the NLB target group’s name hashes its health-check protocol and interval', () => {
    const name = (annotations: Record<string, string>) => nlb(annotations).targetGroups[0]!.name;
    const base = name({});
    expect(name({ [`${S}aws-load-balancer-healthcheck-protocol`]: 'http' })).not.toBe(base);
    expect(name({ [`${S}aws-load-balancer-healthcheck-interval`]: '30' })).not.toBe(base);
    expect(name({ [`${S}aws-load-balancer-healthcheck-timeout`]: '6' })).toBe(base);
  });

  it('§14b: aws-load-balancer-ip-address-type accepts only ipv4 or dualstack', () => {
    expect(
      nlb({ [`${S}aws-load-balancer-ip-address-type`]: 'dualstack' }).loadBalancers[0]!
        .ipAddressType,
    ).toBe('dualstack');
    expect(
      buildErrors(
        nlb({ [`${S}aws-load-balancer-ip-address-type`]: 'dualstack-without-public-ipv4' }),
      ),
    ).toEqual(['Failed build model due to unknown IPAddressType: dualstack-without-public-ipv4']);
  });

  it('§14b: an explicit name is used verbatim and must be at most 32 characters (NLB and ALB)', () => {
    expect(nlb({ [`${S}aws-load-balancer-name`]: 'My_Nlb' }).loadBalancers[0]!.name).toBe('My_Nlb');
    const long = 'x'.repeat(33);
    expect(buildErrors(nlb({ [`${S}aws-load-balancer-name`]: long }))).toEqual([
      'Failed build model due to load balancer name cannot be longer than 32 characters',
    ]);
    const alb = planOf([
      albClass,
      ...smallCluster(),
      service('web', {}),
      ingress('web', { rules: [route('web')] }, { [`${A}load-balancer-name`]: long }),
    ]);
    expect(buildErrors(alb)).toEqual([
      'Failed build model due to load balancer name cannot be longer than 32 characters',
    ]);
  });
});
