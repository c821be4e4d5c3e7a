/**
 * Generators of the documents a scenario does not model: IngressClasses and their
 * IngressClassParams, SimulatorSettings, and a kind the simulator does not know.
 */
import fc from 'fast-check';
import { maybe, weighted } from './arbitrary-helpers.ts';
import { CERT, type Json } from './cluster-model.ts';

const settingsArb: fc.Arbitrary<Json> = fc.record(
  {
    clusterName: fc.constantFrom('my-cluster', 'prod'),
    flags: fc.record(
      {
        defaultTargetType: weighted(['ip', 4], ['instance', 4], ['bogus', 1]),
        defaultScheme: fc.constantFrom('internal', 'internet-facing'),
        tolerateNonExistentBackendService: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    quotas: maybe(fc.record({ targetsPerTargetGroup: fc.constantFrom(1, 2) }), 0.2),
    irsa: maybe(fc.record({ failure: fc.constantFrom('none', 'trust', 'oidc') }), 0.2),
  },
  { requiredKeys: [] },
);

/** IngressClassParams spec fields, each optional (LBC docs, ingress_class.md). */
const classParamsArb: fc.Arbitrary<Json> = fc.record(
  {
    scheme: fc.constantFrom('internet-facing', 'internal'),
    ipAddressType: fc.constant('ipv4'),
    group: fc.record({ name: fc.constantFrom('shared', 'platform') }),
    certificateArn: fc.constant([CERT]),
    sslPolicy: fc.constant('ELBSecurityPolicy-TLS13-1-2-2021-06'),
    inboundCIDRs: fc.constantFrom(['10.0.0.0/8'], ['10.0.0.0/8', '192.168.0.0/16']),
    targetType: fc.constantFrom('ip', 'instance'),
    namespaceSelector: fc.record({
      matchLabels: fc.constantFrom({ 'kubernetes.io/metadata.name': 'default' }, { team: 'a' }),
    }),
  },
  { requiredKeys: [] },
);

/** The non-modelled documents: IngressClasses (and params), SimulatorSettings, an unknown kind. */
export const otherDocsArb: fc.Arbitrary<Json[]> = fc
  .record({
    albClass: weighted(['plain', 12], ['default', 3], ['params', 5], ['none', 1]),
    params: classParamsArb,
    nginxClass: fc.boolean(),
    settings: maybe(settingsArb, 0.3),
    configMap: weighted([false, 4], [true, 1]),
  })
  .map(({ albClass, params, nginxClass, settings, configMap }) => {
    const docs: Json[] = [];
    if (albClass !== 'none') {
      docs.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: {
          name: 'alb',
          ...(albClass === 'default'
            ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }
            : {}),
        },
        spec: {
          controller: 'ingress.k8s.aws/alb',
          ...(albClass === 'params'
            ? {
                parameters: {
                  apiGroup: 'elbv2.k8s.aws',
                  kind: 'IngressClassParams',
                  name: 'alb-params',
                },
              }
            : {}),
        },
      });
    }
    if (albClass === 'params') {
      docs.push({
        apiVersion: 'elbv2.k8s.aws/v1beta1',
        kind: 'IngressClassParams',
        metadata: { name: 'alb-params' },
        spec: params,
      });
    }
    if (nginxClass) {
      docs.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'nginx' },
        spec: { controller: 'k8s.io/ingress-nginx' },
      });
    }
    if (settings)
      docs.push({ apiVersion: 'simulator/v1', kind: 'SimulatorSettings', spec: settings });
    if (configMap) {
      docs.push({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cfg', namespace: 'default' },
        data: { a: '1' },
      });
    }
    return docs;
  });
