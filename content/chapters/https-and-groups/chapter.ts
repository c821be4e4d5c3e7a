import { CONTROLLER_STORY, defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const alb = 'lb:shop';
/** The ALB the group `shop-api` gets when `api` moves to it (§2.4). */
const newAlb = 'lb:shop-api';
const http = 'listener:shop/80';
const https = 'listener:shop/443';
/** Port 80's default action: the group's ssl-redirect (§3.2). */
const redirect = 'default-action:shop/80';
const ingresses = [
  'ingress:default/api',
  'ingress:default/storefront',
  'ingress:default/web-admin',
];
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
const rules = ['rule:shop/443/1', 'rule:shop/443/2', 'rule:shop/443/3'];
const tg = {
  api: 'tg:default/api-api:80',
  storefront: 'tg:default/storefront-storefront:80',
  admin: 'tg:default/web-admin-admin:80',
};

/** An Ingress re-applied by a what-if: the annotations every member of `shop` carries, and more. */
const ingress = (name: string, annotations: string, path: string, service: string, tls = '') => `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ${name}
      namespace: default
      annotations:
        alb.ingress.kubernetes.io/target-type: ip
${annotations
  .trim()
  .split('\n')
  .map((line) => `        ${line.trim()}`)
  .join('\n')}
    spec:
      ingressClassName: alb${tls}
      rules:
        - host: shop.example.com
          http:
            paths:
              - path: ${path}
                pathType: Prefix
                backend:
                  service:
                    name: ${service}
                    port:
                      number: 80`;

/** The what-if runs also tell the `apply` itself. */
const tell = [...CONTROLLER_STORY, 'action'] as const;

const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/3e8b51f0-9c27-4d4a-b6e2-71a0c5d98f36';
const apply = (at: string, manifest: string) => `- at: ${at}
  apply: |${manifest}
`;

/**
 * HTTPS on an ALB and an IngressGroup's order (reference §3.1, §3.2 with its two GOTCHAs, §4.2
 * GOTCHA, §4.3, §2.4): listen-ports, certificate-arn beside ACM discovery, ssl-redirect, a
 * catch-all that shadows a later member; the what-ifs fix the order, move a member to another
 * group, add an internal member, and apply an Ingress with spec.tls alone. The target type
 * changes nothing here, so the chapter has one mode.
 */
export default defineChapter({
  id: 'https-and-groups',
  scenario: { name: 'content/chapters/https-and-groups/scenario.yaml', text: scenario },
  defaultMode: 'ip',
  modes: ['ip'],
  request: { url: 'https://shop.example.com/api/cart', seed: 7 },
  untilMs: 40_000,
  variants: {
    'plain-http': { url: 'http://shop.example.com/api/cart', seed: 7 },
    admin: { url: 'https://shop.example.com/admin', seed: 7 },
    ordered: {
      tell,
      untilMs: 60_000,
      actions: apply(
        '35s',
        ingress(
          'storefront',
          `alb.ingress.kubernetes.io/group.name: shop
           alb.ingress.kubernetes.io/group.order: '100'
           alb.ingress.kubernetes.io/scheme: internet-facing
           alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
           alb.ingress.kubernetes.io/certificate-arn: ${CERT}`,
          '/',
          'storefront',
        ),
      ),
    },
    moved: {
      tell,
      untilMs: 80_000,
      actions: apply(
        '35s',
        ingress(
          'api',
          `alb.ingress.kubernetes.io/group.name: shop-api
           alb.ingress.kubernetes.io/scheme: internet-facing
           alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
           alb.ingress.kubernetes.io/ssl-redirect: '443'`,
          '/api',
          'api',
          `
      tls:
        - hosts: [shop.example.com]`,
        ),
      ),
    },
    'mixed-scheme': {
      tell,
      untilMs: 60_000,
      actions: apply(
        '35s',
        ingress(
          'reports',
          `alb.ingress.kubernetes.io/group.name: shop
           alb.ingress.kubernetes.io/scheme: internal
           alb.ingress.kubernetes.io/certificate-arn: ${CERT}`,
          '/reports',
          'api',
        ),
      ),
    },
  },
  steps: [
    {
      id: 'three-teams',
      show: { still: 'start' },
      focus: ingresses,
      shows: [...marked(...ingresses), { id: alb, absent: true }],
    },
    {
      id: 'listen-ports',
      show: {
        events: { kind: 'enqueue' },
        until: { kind: 'aws-call', operation: 'CreateListener', nth: 2 },
      },
      focus: [http, https],
      shows: [...marked(alb, http, https), { id: 'rule:shop/443/1', absent: true }],
    },
    {
      id: 'certificates',
      show: { still: { kind: 'aws-call', operation: 'CreateListener', nth: 2 } },
      focus: [https, 'ingress:default/api', 'ingress:default/storefront'],
      shows: marked(https, 'ingress:default/api', 'ingress:default/storefront'),
    },
    {
      id: 'ssl-redirect',
      show: {
        events: { kind: 'aws-call', operation: 'CreateRule' },
        until: { kind: 'aws-call', operation: 'CreateRule', nth: 3 },
      },
      focus: [http, redirect, ...rules],
      shows: [...marked(redirect, ...rules), { id: 'rule:shop/80/1', absent: true }],
    },
    {
      id: 'redirected',
      variant: 'plain-http',
      show: { hops: { at: 'dns' }, until: { at: 'rule' } },
      focus: [http, redirect],
      shows: marked(alb, http, redirect),
    },
    {
      id: 'over-https',
      show: { hops: { at: 'dns' }, until: { at: 'pod', direction: 'request' } },
      focus: [https, 'rule:shop/443/1'],
      shows: marked(
        https,
        'rule:shop/443/1',
        'target:default/api-api:80/10.0.2.112:8080',
        'pod:default/api-2',
      ),
    },
    {
      id: 'shadowed',
      variant: 'admin',
      show: { hops: { at: 'listener' }, until: { at: 'pod', direction: 'request' } },
      focus: ['rule:shop/443/2', 'rule:shop/443/3'],
      shows: [
        ...marked(
          'rule:shop/443/2',
          'target:default/storefront-storefront:80/10.0.2.122:3000',
          'pod:default/storefront-2',
        ),
        { id: tg.admin },
        { id: 'pod:default/admin-1' },
      ],
    },
    {
      id: 'group-order',
      variant: 'ordered',
      show: { events: { kind: 'action', action: 'apply' }, until: { kind: 'k8s-event', nth: -1 } },
      // The two rules the ModifyRule calls rewrite (priorities 2 and 3); rule 1 stays as it was.
      focus: ['rule:shop/443/2', 'rule:shop/443/3'],
      shows: marked('ingress:default/storefront'),
    },
    {
      id: 'group-name-moves',
      variant: 'moved',
      // Until api's status carries the new ALB's DNS name (the run's sixth status write): the old
      // ALB drops api's rule, and the new ALB is created for shop-api. Its pods are registered
      // after that, by the binding's loop.
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'status-updated', nth: 6 },
      },
      // The new ALB, which the prose introduces first, and the Ingress that moved to it, now with
      // its address (the step ends on it); the rest of what the calls touched is not ringed.
      focus: [newAlb, 'ingress:default/api'],
      // The two lie too far apart for one view: the camera shows the new ALB, which the prose is
      // about first (its card carries the DNS name the Ingress's status then gets).
      camera: newAlb,
      // The group's other members are reconciled again, unchanged: the step is not about them.
      unmarked: ['ingress:default/storefront', 'ingress:default/web-admin'],
      shows: [
        ...marked(newAlb, 'listener:shop-api/80', 'listener:shop-api/443', 'rule:shop-api/443/1'),
        ...marked('ingress:default/api', 'rule:shop/80/1', 'rule:shop/443/1', 'rule:shop/443/2'),
        { id: 'rule:shop/443/3', absent: true },
        { id: tg.api, absent: true },
        { id: `${tg.api}~2` },
      ],
    },
    {
      id: 'mixed-schemes',
      variant: 'mixed-scheme',
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel', nth: 4 },
      },
      focus: [alb],
      // Every member of the group, the applied `reports` too, carries the warning.
      shows: [
        { id: alb },
        { id: 'rule:shop/443/4', absent: true },
        ...['api', 'storefront', 'web-admin', 'reports'].map((name) => ({
          id: `ingress:default/${name}`,
          warning: 'FailedBuildModel',
        })),
      ],
    },
  ],
  quiz: [
    {
      id: 'where-next',
      kind: 'next-hop',
      urls: [
        'http://shop.example.com/admin',
        'https://shop.example.com/admin',
        'https://shop.example.com/api',
        'https://www.example.com/',
      ],
    },
    {
      id: 'tls-only',
      kind: 'choice',
      options: ['http-80', 'https-443', 'both', 'error'],
      answer: 'http-80',
    },
    {
      id: 'fourth-team',
      kind: 'choice',
      options: ['to-search', 'to-storefront', 'group-fails'],
      answer: 'to-search',
    },
  ],
});
