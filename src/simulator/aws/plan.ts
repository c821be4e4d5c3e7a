/** The plan JSON of shared/CONTRACT.md: what the controller would create in AWS, or why not. */
/** `classic` only in `inTreeLoadBalancers` (the in-tree cloud provider's CLB). */
export type LoadBalancerType = 'application' | 'network' | 'classic';
export type Scheme = 'internet-facing' | 'internal';
export type ListenerProtocol = 'HTTP' | 'HTTPS' | 'TCP' | 'UDP' | 'TLS' | 'TCP_UDP';
export type TargetType = 'instance' | 'ip';
export type TargetHealthState =
  'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

export interface ForwardAction {
  type: 'forward';
  targetGroup: string;
}

export interface WeightedForwardAction {
  type: 'forward';
  targetGroups: { id: string; weight?: number }[];
  stickiness?: { enabled?: boolean; durationSeconds?: number };
}

export interface FixedResponseAction {
  type: 'fixed-response';
  statusCode: string;
  contentType?: string;
  messageBody?: string;
}

export interface RedirectAction {
  type: 'redirect';
  protocol?: string;
  port?: string;
  statusCode: string;
  host?: string;
  path?: string;
  query?: string;
}

export interface AuthenticateAction {
  type: 'authenticate-cognito' | 'authenticate-oidc';
  config: Record<string, string>;
  scope: string;
  sessionCookieName: string;
  sessionTimeout: number;
  onUnauthenticatedRequest: string;
}

export interface JwtValidationAction {
  type: 'jwt-validation';
  jwksEndpoint: string;
  issuer: string;
}

export type PlanAction =
  ForwardAction | WeightedForwardAction | FixedResponseAction | RedirectAction;
export type PlanPreAction = AuthenticateAction | JwtValidationAction;

export type ConditionField =
  | 'host-header'
  | 'path-pattern'
  | 'http-header'
  | 'http-request-method'
  | 'query-string'
  | 'source-ip';

export interface PlanCondition {
  field: ConditionField;
  values: string[];
  /** Regex match values instead of wildcards (host-header, path-pattern, http-header). */
  regexValues?: string[];
  /** For http-header conditions. */
  httpHeaderName?: string;
}

export interface PlanRule {
  priority: number;
  conditions: PlanCondition[];
  preActions?: PlanPreAction[];
  action: PlanAction;
}

export interface PlanListener {
  port: number;
  protocol: ListenerProtocol;
  certificateArns: string[];
  sslPolicy: string | null;
  defaultAction: PlanAction;
  /** Only when the default backend carries authentication on an HTTPS listener. */
  defaultPreActions?: PlanPreAction[];
  rules: PlanRule[];
}

export interface PlanLoadBalancer {
  stack: string;
  name: string;
  type: LoadBalancerType;
  scheme: Scheme;
  ipAddressType: string;
  sources: string[];
  group: string | null;
  dnsName: string;
  listeners: PlanListener[];
}

export interface PlanHealthCheck {
  protocol: string;
  port: 'traffic-port' | number;
  path: string | null;
  matcher: string | null;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
}

export interface PlanTargetHealth {
  state: TargetHealthState;
  reason?: string;
}

export interface PlanTarget {
  id: string;
  port: number;
  node: string | null;
  pod: string | null;
  health: PlanTargetHealth;
}

export interface PlanTargetGroup {
  id: string;
  name: string;
  service: string;
  servicePort: string;
  ingress: string | null;
  targetType: TargetType;
  protocol: string;
  protocolVersion: string | null;
  port: number;
  ipAddressType: string;
  healthCheck: PlanHealthCheck;
  attributes: Record<string, string>;
  targets: PlanTarget[];
}

export interface PlanError {
  object: string;
  reason: string;
  message: string;
}

export interface Plan {
  loadBalancers: PlanLoadBalancer[];
  targetGroups: PlanTargetGroup[];
  errors: PlanError[];
  assumptions: string[];
  status: Record<string, string>;
  apiCalls: string[];
  inTreeLoadBalancers?: PlanLoadBalancer[];
}
