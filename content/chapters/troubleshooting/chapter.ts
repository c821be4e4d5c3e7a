import { CONTROLLER_STORY, defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const ingress = (name: string) => `ingress:default/${name}`;
const tg = 'tg:default/domain-ingress-location-api:80';
const target = (address: string) => `target:default/domain-ingress-location-api:80/${address}`;
const nodeC = target('i-0cccccccccccccccc:31666');
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
/** The case's own Ingress, drawn once applied, marked with the warning the controller records. */
const failing = (name: string) => ({
  id: ingress(name),
  warning: 'FailedBuildModel',
  emphasised: true as const,
});
/** The cases tell the what-if and what the API server answers, besides the controller's story. */
const tell = [
  ...CONTROLLER_STORY,
  'action',
  'admission-rejected',
  'controller-availability',
] as const;

/** One Ingress, applied at 20 s: `name`, its extra annotations, its host, its backend port. */
function anIngress(
  name: string,
  options: {
    annotations?: string[];
    className?: string | null;
    host?: string;
    service?: string;
    port?: number;
    tlsHost?: string;
  } = {},
) {
  const annotations = [
    'alb.ingress.kubernetes.io/scheme: internet-facing',
    'alb.ingress.kubernetes.io/target-type: instance',
    ...(options.annotations ?? []),
  ];
  const className = options.className === undefined ? 'alb' : options.className;
  return `    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ${name}
      namespace: default
      annotations:
${annotations.map((a) => `        ${a}`).join('\n')}
    spec:
${className ? `      ingressClassName: ${className}\n` : ''}${
    options.tlsHost ? `      tls:\n        - hosts: [${options.tlsHost}]\n` : ''
  }      rules:
        - host: ${options.host ?? `${name.replace(/-ingress$/, '')}.example.com`}
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: ${options.service ?? 'location-api'}
                    port:
                      number: ${options.port ?? 80}
`;
}
const applyAt = (seconds: number, manifests: string) =>
  `- at: ${seconds}s\n  apply: |\n${manifests}`;
const broken = (actions: string) => ({ actions, tell, untilMs: 40_000 });

/**
 * A cookbook from symptom to cause (reference §1.2, §1.4, §2.2, §3.1 subnets, §3.2 certificate
 * discovery, §4.3, §5.2, §6.1, §9.2, §11): each case applies one broken manifest, or one what-if,
 * to a cluster whose own Ingress works, and reads what the controller and the API server answer.
 * Instance mode only: two cases (a ClusterIP Service, externalTrafficPolicy Local) exist only there.
 */
export default defineChapter({
  id: 'troubleshooting',
  scenario: { name: 'content/chapters/troubleshooting/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    subnets: broken(
      applyAt(
        20,
        anIngress('internal-ingress', {
          annotations: ['alb.ingress.kubernetes.io/scheme: internal'],
        }).replace('scheme: internet-facing\n        ', ''),
      ),
    ),
    port: broken(applyAt(20, anIngress('stats-ingress', { port: 8080 }))),
    clusterip: broken(
      applyAt(
        20,
        `    apiVersion: v1
    kind: Service
    metadata:
      name: report-api
      namespace: default
    spec:
      type: ClusterIP
      selector:
        app: domain-api
      ports:
        - name: http
          port: 80
          targetPort: 8000
    ---
${anIngress('report-ingress', { service: 'report-api' })}`,
      ),
    ),
    certificate: broken(
      applyAt(
        20,
        anIngress('admin-ingress', {
          annotations: [`alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'`],
          tlsHost: 'admin.example.com',
        }),
      ),
    ),
    webhook: broken(
      `- at: 20s\n  controllerDown: true\n${applyAt(25, anIngress('admin-ingress'))}`,
    ),
    'no-class': broken(applyAt(20, anIngress('docs-ingress', { className: null }))),
    'etp-local': {
      tell: [...CONTROLLER_STORY, 'action'],
      untilMs: 70_000,
      actions:
        '- at: 30s\n  setExternalTrafficPolicy: { service: default/location-api, policy: Local }\n',
    },
  },
  steps: [
    {
      id: 'where-to-look',
      show: { events: { kind: 'k8s-event', reason: 'SuccessfullyReconciled' } },
      focus: [ingress('domain-ingress')],
      shows: marked(ingress('domain-ingress')),
    },
    {
      id: 'subnets-not-found',
      variant: 'subnets',
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: [ingress('internal-ingress')],
      shows: [failing('internal-ingress'), { id: 'lb:default/domain-ingress' }],
    },
    {
      id: 'port-not-found',
      variant: 'port',
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: [ingress('stats-ingress'), 'service:default/location-api'],
      shows: [failing('stats-ingress'), ...marked('service:default/location-api')],
    },
    {
      id: 'empty-target-group-port',
      variant: 'clusterip',
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: [ingress('report-ingress'), 'service:default/report-api'],
      shows: [
        failing('report-ingress'),
        { id: 'service:default/report-api', detail: 'ClusterIP', emphasised: true },
        { id: 'lb:default/domain-ingress' },
      ],
    },
    {
      id: 'no-certificate',
      variant: 'certificate',
      show: {
        events: { kind: 'action', action: 'apply' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: [ingress('admin-ingress')],
      shows: [failing('admin-ingress'), { id: 'lb:default/domain-ingress' }],
    },
    {
      id: 'webhook-unreachable',
      variant: 'webhook',
      show: {
        events: { kind: 'action', action: 'controller-down' },
        until: { kind: 'admission-rejected' },
      },
      focus: ['controller', 'apiserver'],
      // The API server refused the Ingress: it does not exist, so nothing draws it.
      shows: [
        ...marked('controller', 'apiserver'),
        { id: 'lb:default/domain-ingress' },
        { id: ingress('admin-ingress'), absent: true },
      ],
    },
    {
      id: 'ignored-for-its-class',
      variant: 'no-class',
      show: { events: { kind: 'action', action: 'apply' }, until: { kind: 'watch', nth: -1 } },
      focus: [ingress('docs-ingress'), 'ingressclass:alb'],
      // Drawn, and no warning on it: the controller ignores an Ingress of no class of its own.
      shows: [
        ...marked(ingress('docs-ingress'), 'ingressclass:alb'),
        { id: ingress('docs-ingress'), warning: null },
      ],
    },
    {
      id: 'local-traffic-policy',
      variant: 'etp-local',
      show: {
        events: { kind: 'action', action: 'set-external-traffic-policy' },
        until: { kind: 'target-health', state: 'unhealthy' },
      },
      focus: ['node:k8s-api-domain-3', tg],
      shows: [
        { id: nodeC, state: 'unhealthy', emphasised: true },
        { id: target('i-0aaaaaaaaaaaaaaaa:31666'), state: 'healthy' },
        { id: target('i-0bbbbbbbbbbbbbbbb:31666'), state: 'healthy' },
        ...marked('node:k8s-api-domain-3'),
      ],
    },
  ],
  quiz: [
    {
      id: 'no-events-at-all',
      kind: 'choice',
      options: ['class', 'subnets', 'webhook', 'permissions'],
      answer: 'class',
    },
    {
      id: 'empty-port-fix',
      kind: 'choice',
      options: ['nodeport-or-ip', 'add-port', 'health-check-port', 'restart-controller'],
      answer: 'nodeport-or-ip',
    },
    {
      id: 'service-rejected',
      kind: 'choice',
      options: ['no-controller-pod', 'iam', 'subnets', 'class'],
      answer: 'no-controller-pod',
    },
  ],
});
