/**
 * Every annotation the simulator reads, with the default it applies and an example value
 * (reference §1.2, §3, §7, §14b). `AnnotationReader` accepts only keys listed here, so this table
 * is the simulator's own list; the annotation reference page is drawn from it. No imports: the
 * page loads this module and nothing else of the simulator.
 */

export const INGRESS_PREFIX = 'alb.ingress.kubernetes.io';
export const SERVICE_PREFIX = 'service.beta.kubernetes.io';
export type AnnotationPrefix = typeof INGRESS_PREFIX | typeof SERVICE_PREFIX;

/** Where an annotation acts: the load balancer, a listener, a target group, a rule, or the class. */
export type AnnotationLevel =
  | 'class'
  | 'load-balancer'
  | 'listener'
  | 'target-group'
  | 'health-check'
  | 'authentication'
  | 'rule';

export interface AnnotationSpec {
  /** The full key; `<name>` or `<port>` stands for a part the user picks. */
  key: string;
  on: 'ingress' | 'service';
  level: AnnotationLevel;
  /** The value the controller uses when the annotation is absent; null when nothing is set. */
  default: string | null;
  /** An example value, as written in a manifest. */
  example: string;
  /** An Ingress annotation that may also sit on the backend Service, whose value wins (§3.3). */
  alsoOnService?: true;
}

const I = `${INGRESS_PREFIX}/`;
const S = `${SERVICE_PREFIX}/`;
const ARN = 'arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10';

export const ANNOTATION_TABLE = [
  // Ingress: which controller (§1.2)
  {
    key: 'kubernetes.io/ingress.class',
    on: 'ingress',
    level: 'class',
    default: null,
    example: 'alb',
  },
  // Ingress: the load balancer (§3.1)
  { key: `${I}group.name`, on: 'ingress', level: 'load-balancer', default: null, example: 'shop' },
  { key: `${I}group.order`, on: 'ingress', level: 'load-balancer', default: '0', example: '10' },
  {
    key: `${I}scheme`,
    on: 'ingress',
    level: 'load-balancer',
    default: 'internal',
    example: 'internet-facing',
  },
  {
    key: `${I}ip-address-type`,
    on: 'ingress',
    level: 'load-balancer',
    default: 'ipv4',
    example: 'dualstack',
  },
  {
    key: `${I}load-balancer-name`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'shop-public',
  },
  {
    key: `${I}subnets`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'subnet-0a1b2c3d, subnet-4e5f6a7b',
  },
  {
    key: `${I}security-groups`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'sg-0123456789abcdef0',
  },
  {
    key: `${I}manage-backend-security-group-rules`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'true',
  },
  {
    key: `${I}load-balancer-attributes`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'idle_timeout.timeout_seconds=600',
  },
  {
    key: `${I}tags`,
    on: 'ingress',
    level: 'load-balancer',
    default: null,
    example: 'team=shop,env=prod',
    alsoOnService: true,
  },
  // Ingress: listeners (§3.2)
  {
    key: `${I}listen-ports`,
    on: 'ingress',
    level: 'listener',
    default: '[{"HTTP": 80}]',
    example: '[{"HTTP": 80}, {"HTTPS": 443}]',
  },
  { key: `${I}certificate-arn`, on: 'ingress', level: 'listener', default: null, example: ARN },
  {
    key: `${I}ssl-policy`,
    on: 'ingress',
    level: 'listener',
    default: 'ELBSecurityPolicy-2016-08',
    example: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
  },
  { key: `${I}ssl-redirect`, on: 'ingress', level: 'listener', default: null, example: '443' },
  {
    key: `${I}inbound-cidrs`,
    on: 'ingress',
    level: 'listener',
    default: '0.0.0.0/0',
    example: '10.0.0.0/8, 192.168.0.0/16',
  },
  // Ingress: target groups (§3.3), also on the Service
  {
    key: `${I}target-type`,
    on: 'ingress',
    level: 'target-group',
    default: 'instance',
    example: 'ip',
    alsoOnService: true,
  },
  {
    key: `${I}backend-protocol`,
    on: 'ingress',
    level: 'target-group',
    default: 'HTTP',
    example: 'HTTPS',
    alsoOnService: true,
  },
  {
    key: `${I}backend-protocol-version`,
    on: 'ingress',
    level: 'target-group',
    default: 'HTTP1',
    example: 'GRPC',
    alsoOnService: true,
  },
  {
    key: `${I}target-group-attributes`,
    on: 'ingress',
    level: 'target-group',
    default: null,
    example: 'deregistration_delay.timeout_seconds=30',
    alsoOnService: true,
  },
  {
    key: `${I}target-node-labels`,
    on: 'ingress',
    level: 'target-group',
    default: null,
    example: 'role=edge',
    alsoOnService: true,
  },
  // Ingress: health checks (§3.3, §5.3)
  {
    key: `${I}healthcheck-port`,
    on: 'ingress',
    level: 'health-check',
    default: 'traffic-port',
    example: '8080',
    alsoOnService: true,
  },
  {
    key: `${I}healthcheck-protocol`,
    on: 'ingress',
    level: 'health-check',
    default: null,
    example: 'HTTPS',
    alsoOnService: true,
  },
  {
    key: `${I}healthcheck-path`,
    on: 'ingress',
    level: 'health-check',
    default: '/',
    example: '/healthz',
    alsoOnService: true,
  },
  {
    key: `${I}healthcheck-interval-seconds`,
    on: 'ingress',
    level: 'health-check',
    default: '15',
    example: '10',
    alsoOnService: true,
  },
  {
    key: `${I}healthcheck-timeout-seconds`,
    on: 'ingress',
    level: 'health-check',
    default: '5',
    example: '3',
    alsoOnService: true,
  },
  {
    key: `${I}healthy-threshold-count`,
    on: 'ingress',
    level: 'health-check',
    default: '2',
    example: '3',
    alsoOnService: true,
  },
  {
    key: `${I}unhealthy-threshold-count`,
    on: 'ingress',
    level: 'health-check',
    default: '2',
    example: '3',
    alsoOnService: true,
  },
  {
    key: `${I}success-codes`,
    on: 'ingress',
    level: 'health-check',
    default: '200',
    example: '200-399',
    alsoOnService: true,
  },
  // Ingress: authentication (§3.3), HTTPS listeners only
  {
    key: `${I}auth-type`,
    on: 'ingress',
    level: 'authentication',
    default: 'none',
    example: 'oidc',
    alsoOnService: true,
  },
  {
    key: `${I}auth-idp-cognito`,
    on: 'ingress',
    level: 'authentication',
    default: null,
    example:
      '{"userPoolARN":"arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_abc","userPoolClientID":"abc","userPoolDomain":"shop"}',
    alsoOnService: true,
  },
  {
    key: `${I}auth-idp-oidc`,
    on: 'ingress',
    level: 'authentication',
    default: null,
    example:
      '{"issuer":"https://idp.example.com","authorizationEndpoint":"https://idp.example.com/auth","tokenEndpoint":"https://idp.example.com/token","userInfoEndpoint":"https://idp.example.com/userinfo","secretName":"oidc-secret"}',
    alsoOnService: true,
  },
  {
    key: `${I}auth-scope`,
    on: 'ingress',
    level: 'authentication',
    default: 'openid',
    example: 'openid email',
    alsoOnService: true,
  },
  {
    key: `${I}auth-session-cookie`,
    on: 'ingress',
    level: 'authentication',
    default: 'AWSELBAuthSessionCookie',
    example: 'shop-session',
    alsoOnService: true,
  },
  {
    key: `${I}auth-session-timeout`,
    on: 'ingress',
    level: 'authentication',
    default: '604800',
    example: '3600',
    alsoOnService: true,
  },
  {
    key: `${I}auth-on-unauthenticated-request`,
    on: 'ingress',
    level: 'authentication',
    default: 'authenticate',
    example: 'deny',
    alsoOnService: true,
  },
  {
    key: `${I}jwt-validation`,
    on: 'ingress',
    level: 'authentication',
    default: null,
    example: '{"jwksEndpoint":"https://idp.example.com/jwks","issuer":"https://idp.example.com"}',
  },
  // Ingress: rules (§3.4)
  {
    key: `${I}actions.<name>`,
    on: 'ingress',
    level: 'rule',
    default: null,
    example:
      '{"type":"fixed-response","fixedResponseConfig":{"contentType":"text/plain","statusCode":"503","messageBody":"maintenance"}}',
  },
  {
    key: `${I}conditions.<name>`,
    on: 'ingress',
    level: 'rule',
    default: null,
    example:
      '[{"field":"http-header","httpHeaderConfig":{"httpHeaderName":"X-Canary","values":["true"]}}]',
  },
  {
    key: `${I}use-regex-path-match`,
    on: 'ingress',
    level: 'rule',
    default: 'false',
    example: 'true',
  },
  // Service: which controller and the NLB (§1.3, §7, §14b)
  {
    key: `${S}aws-load-balancer-type`,
    on: 'service',
    level: 'class',
    default: null,
    example: 'external',
  },
  {
    key: `${S}aws-load-balancer-nlb-target-type`,
    on: 'service',
    level: 'class',
    default: 'instance',
    example: 'ip',
  },
  {
    key: `${S}aws-load-balancer-scheme`,
    on: 'service',
    level: 'load-balancer',
    default: 'internal',
    example: 'internet-facing',
  },
  {
    key: `${S}aws-load-balancer-internal`,
    on: 'service',
    level: 'load-balancer',
    default: null,
    example: 'false',
  },
  {
    key: `${S}aws-load-balancer-name`,
    on: 'service',
    level: 'load-balancer',
    default: null,
    example: 'orders-nlb',
  },
  {
    key: `${S}aws-load-balancer-subnets`,
    on: 'service',
    level: 'load-balancer',
    default: null,
    example: 'subnet-0a1b2c3d, subnet-4e5f6a7b',
  },
  {
    key: `${S}aws-load-balancer-ip-address-type`,
    on: 'service',
    level: 'load-balancer',
    default: 'ipv4',
    example: 'dualstack',
  },
  {
    key: `${S}aws-load-balancer-attributes`,
    on: 'service',
    level: 'load-balancer',
    default: null,
    example: 'deletion_protection.enabled=true',
  },
  // Service: listeners (§7, §14b)
  {
    key: `${S}aws-load-balancer-ssl-cert`,
    on: 'service',
    level: 'listener',
    default: null,
    example: ARN,
  },
  {
    key: `${S}aws-load-balancer-ssl-ports`,
    on: 'service',
    level: 'listener',
    default: null,
    example: '443',
  },
  {
    key: `${S}aws-load-balancer-ssl-negotiation-policy`,
    on: 'service',
    level: 'listener',
    default: 'ELBSecurityPolicy-2016-08',
    example: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
  },
  {
    key: `${S}aws-load-balancer-backend-protocol`,
    on: 'service',
    level: 'listener',
    default: null,
    example: 'ssl',
  },
  // Service: target groups (§5.3, §7, §14b)
  {
    key: `${S}aws-load-balancer-target-group-attributes`,
    on: 'service',
    level: 'target-group',
    default: 'proxy_protocol_v2.enabled=false',
    example: 'preserve_client_ip.enabled=true',
  },
  {
    key: `${S}aws-load-balancer-target-group-attributes.<port>`,
    on: 'service',
    level: 'target-group',
    default: null,
    example: 'deregistration_delay.timeout_seconds=30',
  },
  {
    key: `${S}aws-load-balancer-proxy-protocol`,
    on: 'service',
    level: 'target-group',
    default: null,
    example: '*',
  },
  {
    key: `${S}aws-load-balancer-proxy-protocol-per-target-group`,
    on: 'service',
    level: 'target-group',
    default: null,
    example: '80, 443',
  },
  {
    key: `${S}aws-load-balancer-target-node-labels`,
    on: 'service',
    level: 'target-group',
    default: null,
    example: 'role=edge',
  },
  // Service: health checks (§5.3, §14b)
  {
    key: `${S}aws-load-balancer-healthcheck-protocol`,
    on: 'service',
    level: 'health-check',
    default: 'TCP',
    example: 'HTTP',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-port`,
    on: 'service',
    level: 'health-check',
    default: 'traffic-port',
    example: '8080',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-path`,
    on: 'service',
    level: 'health-check',
    default: '/',
    example: '/healthz',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-success-codes`,
    on: 'service',
    level: 'health-check',
    default: '200-399',
    example: '200',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-interval`,
    on: 'service',
    level: 'health-check',
    default: '10',
    example: '30',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-timeout`,
    on: 'service',
    level: 'health-check',
    default: '10',
    example: '6',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-healthy-threshold`,
    on: 'service',
    level: 'health-check',
    default: '3',
    example: '2',
  },
  {
    key: `${S}aws-load-balancer-healthcheck-unhealthy-threshold`,
    on: 'service',
    level: 'health-check',
    default: '3',
    example: '2',
  },
] as const satisfies readonly AnnotationSpec[];

export type AnnotationKey = (typeof ANNOTATION_TABLE)[number]['key'];

/** A `<name>`/`<port>` placeholder as the key's pattern: `actions.<name>` → `actions.${string}`. */
type Pattern<K extends string> = K extends `${infer Head}<name>`
  ? `${Head}${string}`
  : K extends `${infer Head}<port>`
    ? `${Head}${number}`
    : K;

/** The suffixes (after `<prefix>/`) that the simulator reads under a prefix. */
export type AnnotationSuffix<P extends AnnotationPrefix> =
  Pattern<AnnotationKey> extends infer K
    ? K extends `${P}/${infer Suffix}`
      ? Suffix
      : never
    : never;
