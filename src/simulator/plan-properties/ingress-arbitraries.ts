/**
 * Generators of a scenario's Ingresses and their backends: mostly to the generated Services'
 * ports, and mostly consistent, so that their groups build.
 */
import fc from 'fast-check';
import { annotations, maybe, weighted } from './arbitrary-helpers.ts';
import {
  A,
  CERT,
  type BackendModel,
  type IngressModel,
  type ServiceModel,
} from './cluster-model.ts';

const INGRESS_NAMES = ['site', 'store', 'portal'] as const;

const backendArb: fc.Arbitrary<BackendModel> = fc.record({
  service: weighted<string>(['web', 6], ['api', 2], ['admin', 1], ['missing-svc', 1]),
  port: fc.oneof(
    {
      arbitrary: fc.record({ number: weighted([80, 8], [443, 1], [8080, 1], [9999, 1]) }),
      weight: 3,
    },
    { arbitrary: fc.record({ name: weighted(['http', 8], ['https', 1], ['nope', 1]) }), weight: 1 },
  ),
});

/** Backends mostly to ports the generated Services have (by number or name), else anything. */
export const backendsFor = (services: readonly ServiceModel[]): fc.Arbitrary<BackendModel> => {
  const existing = services.flatMap((svc) =>
    svc.ports.flatMap((p): BackendModel[] => [
      { service: svc.name, port: { number: p.port } },
      ...(p.name === null ? [] : [{ service: svc.name, port: { name: p.name } }]),
    ]),
  );
  return existing.length === 0
    ? backendArb
    : fc.oneof(
        { arbitrary: fc.constantFrom(...existing), weight: 4 },
        { arbitrary: backendArb, weight: 1 },
      );
};

const rawIngressArb = (backend: fc.Arbitrary<BackendModel>): fc.Arbitrary<IngressModel> =>
  fc.record({
    name: fc.constantFrom(...INGRESS_NAMES),
    namespace: weighted<string>(['default', 9], ['shop', 1]),
    ingressClassName: weighted<string | null>(['alb', 12], [null, 1], ['nginx', 1]),
    annotations: annotations({
      [`${A}target-type`]: { present: 0.6, valid: ['instance', 'ip', 'ip'], invalid: ['pod'] },
      [`${A}scheme`]: { present: 0.4, valid: ['internet-facing', 'internal'], invalid: ['public'] },
      [`${A}group.name`]: { present: 0.3, valid: ['shared', 'team-a'], invalid: ['Bad_Name'] },
      [`${A}group.order`]: { present: 0.3, valid: ['1', '-5', '10'], invalid: ['2000', 'x'] },
      [`${A}listen-ports`]: {
        present: 0.3,
        valid: [
          '[{"HTTP": 80}]',
          '[{"HTTPS": 443}]',
          '[{"HTTP": 80}, {"HTTPS": 443}]',
          '[{"HTTP": 8080}]',
        ],
        invalid: ['not json'],
      },
      [`${A}certificate-arn`]: {
        present: 0.3,
        valid: [CERT, `${CERT},arn:aws:acm:us-west-2:123456789012:certificate/bbbb`],
      },
      [`${A}ssl-redirect`]: { present: 0.15, valid: ['443'], invalid: ['8443', 'x'] },
    }),
    rules: fc.array(
      fc.record({
        host: fc.constantFrom<string | null>(
          null,
          'example.com',
          'api.example.com',
          '*.example.com',
        ),
        paths: fc.array(
          fc.record({
            path: weighted<string | null>(
              ['/', 3],
              ['/api', 2],
              ['/api/v1', 1],
              ['/static/*', 1],
              [null, 1],
            ),
            pathType: weighted<string | null>(
              ['Prefix', 4],
              ['Exact', 2],
              ['ImplementationSpecific', 2],
              [null, 1],
              ['Weird', 1],
            ),
            backend,
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
    defaultBackend: maybe(backend, 0.2),
  });

/**
 * Most Ingresses are made consistent (an HTTPS listen port gets a certificate, ssl-redirect gets
 * its HTTPS port, paths fit their pathType), because one bad member fails its whole group and
 * the target properties need groups that build; the rest keep whatever the generator drew.
 */
export const ingressArb = (backend: fc.Arbitrary<BackendModel>): fc.Arbitrary<IngressModel> =>
  fc.tuple(rawIngressArb(backend), weighted([true, 5], [false, 1])).map(([ing, sane]) => {
    if (!sane) return ing;
    const annotations = { ...ing.annotations };
    if (annotations[`${A}ssl-redirect`] !== undefined) {
      annotations[`${A}ssl-redirect`] = '443';
      annotations[`${A}listen-ports`] = '[{"HTTP": 80}, {"HTTPS": 443}]';
    }
    if ((annotations[`${A}listen-ports`] ?? '').includes('HTTPS'))
      annotations[`${A}certificate-arn`] ??= CERT;
    return {
      ...ing,
      annotations,
      rules: ing.rules.map((rule) => ({
        ...rule,
        paths: rule.paths.map((p) => ({
          ...p,
          pathType:
            p.pathType === 'Weird' || (p.path?.includes('*') && p.pathType !== null)
              ? 'ImplementationSpecific'
              : p.pathType,
        })),
      })),
    };
  });
