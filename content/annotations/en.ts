import { defineAnnotationTexts } from './define-annotation-text.ts';

const I = 'alb.ingress.kubernetes.io/';
const S = 'service.beta.kubernetes.io/';

/** The annotation reference in English (reference §1.2, §1.3, §3, §5.3, §7, §14b). */
export default defineAnnotationTexts(
  {
    title: 'Annotation reference',
    lead: 'Every Ingress and Service annotation the simulator understands, with the default the controller applies when it is absent and an example. The list is drawn from the simulator’s own table, so it shows exactly what the chapters and the playground read.',
    search: 'Search annotations',
    searchHint: 'Part of a key, a value or a word of the description',
    count: '{shown} of {total} annotations',
    none: 'No annotation matches “{query}”.',
    back: 'Back to the course',
    ingress: 'On an Ingress',
    service: 'On a Service (NLB)',
    defaultLabel: 'Default',
    noDefault: 'not set',
    exampleLabel: 'Example',
    alsoOnService: 'also on the backend Service, whose value wins',
    levels: {
      class: 'who handles it',
      'load-balancer': 'load balancer',
      listener: 'listener',
      'target-group': 'target group',
      'health-check': 'health check',
      authentication: 'authentication',
      rule: 'rule',
    },
  },
  {
    'kubernetes.io/ingress.class': {
      text: 'The old way to pick a controller. When present it alone counts, even over spec.ingressClassName; the controller takes the Ingress when the value is its --ingress-class flag (alb by default).',
    },
    [`${I}group.name`]: {
      text: 'Joins the Ingress to an IngressGroup: every Ingress with the same name shares one ALB. Lower-case letters, digits, - and ., at most 63 characters; an invalid name gives FailedLoadGroupID.',
      default: 'none: the Ingress is a group of its own',
    },
    [`${I}group.order`]: {
      text: 'Orders the members of a group (ties by namespace/name); their rules get priorities in that order. An integer from -1000 to 1000.',
    },
    [`${I}scheme`]: {
      text: 'internal or internet-facing. Every member of a group must agree (conflicting scheme otherwise), and changing it replaces the ALB.',
    },
    [`${I}ip-address-type`]: {
      text: 'ipv4, dualstack or dualstack-without-public-ipv4; the same across a group.',
    },
    [`${I}load-balancer-name`]: {
      text: 'A name of your own for the ALB, at most 32 characters, used only when the ALB is created.',
      default: 'generated from the cluster, the group and the scheme',
    },
    [`${I}subnets`]: {
      text: 'Subnet IDs or Name tags for the ALB, in at least two Availability Zones.',
      default: 'discovered from the subnets’ role tags',
    },
    [`${I}security-groups`]: {
      text: 'Security groups for the ALB instead of the one the controller manages; inbound-cidrs is then ignored.',
      default: 'a managed group plus the shared backend group',
    },
    [`${I}manage-backend-security-group-rules`]: {
      text: 'With security-groups set, "true" still lets the controller add the rules that let the ALB reach the targets.',
    },
    [`${I}load-balancer-attributes`]: {
      text: 'ALB attributes as key=value pairs, for example idle timeout or deletion protection. Deleting the last member of a group with deletion protection on fails the build.',
    },
    [`${I}tags`]: {
      text: 'Tags for every AWS resource the controller creates. On a target group the Ingress’s and the Service’s tags merge key by key, the Service’s value winning.',
    },
    [`${I}listen-ports`]: {
      text: 'The listeners the Ingress uses, as a JSON list of {"HTTP"|"HTTPS": port}. A quoted port or another protocol is an error; a repeated port keeps its last entry.',
      default: '[{"HTTP": 80}], or [{"HTTPS": 443}] when the Ingress names a certificate',
    },
    [`${I}certificate-arn`]: {
      text: 'ACM certificates for the HTTPS listeners; the first is the default, the rest are served by SNI. Without it, an HTTPS port looks for a certificate that covers the rule and spec.tls hosts.',
      default: 'none: certificates are discovered for HTTPS ports',
    },
    [`${I}ssl-policy`]: {
      text: 'The security policy of the HTTPS listeners; the same across a group for a port.',
    },
    [`${I}ssl-redirect`]: {
      text: 'An HTTPS listen port. Every HTTP listener of the group then redirects there with 301 and has no rules. It applies to the whole group.',
    },
    [`${I}inbound-cidrs`]: {
      text: 'The addresses the managed security group lets in on the listen ports.',
      default: '0.0.0.0/0 (and ::/0 for dualstack)',
    },
    [`${I}target-type`]: {
      text: 'instance registers the nodes on the NodePort; ip registers the pod IPs on their container port. instance needs a NodePort or LoadBalancer Service.',
    },
    [`${I}backend-protocol`]: {
      text: 'HTTP or HTTPS from the ALB to the targets.',
    },
    [`${I}backend-protocol-version`]: {
      text: 'HTTP1, HTTP2 or GRPC. GRPC changes the health check’s default path and success code.',
    },
    [`${I}target-group-attributes`]: {
      text: 'Target group attributes as key=value pairs, such as the deregistration delay or slow start. A value on the Service replaces the Ingress’s whole value.',
      default: 'none: AWS defaults (deregistration delay 300 s)',
    },
    [`${I}target-node-labels`]: {
      text: 'Instance mode only: register only the nodes with these labels, on top of the usual exclusions.',
    },
    [`${I}healthcheck-port`]: {
      text: 'traffic-port (the port each target was registered with), a number, or a named Service port.',
    },
    [`${I}healthcheck-protocol`]: {
      text: 'HTTP or HTTPS for the health check.',
      default: 'the backend protocol',
    },
    [`${I}healthcheck-path`]: {
      text: 'The path the health check requests.',
      default: '/ (/AWS.ALB/healthcheck for GRPC)',
    },
    [`${I}healthcheck-interval-seconds`]: { text: 'Seconds between health checks.' },
    [`${I}healthcheck-timeout-seconds`]: { text: 'Seconds a health check may take.' },
    [`${I}healthy-threshold-count`]: {
      text: 'Consecutive passes that bring an unhealthy target back.',
    },
    [`${I}unhealthy-threshold-count`]: {
      text: 'Consecutive failures that make a target unhealthy.',
    },
    [`${I}success-codes`]: {
      text: 'The status codes that count as healthy, such as 200,201 or 200-399.',
      default: '200 (12 for GRPC)',
    },
    [`${I}auth-type`]: {
      text: 'none, or the identity provider to use (cognito, oidc). Authentication is added only on HTTPS listeners.',
    },
    [`${I}auth-idp-cognito`]: {
      text: 'The Cognito user pool for auth-type cognito, as JSON.',
    },
    [`${I}auth-idp-oidc`]: {
      text: 'The OIDC provider for auth-type oidc, as JSON, with the client secret in a Secret.',
    },
    [`${I}auth-scope`]: { text: 'The scopes asked of the identity provider.' },
    [`${I}auth-session-cookie`]: { text: 'The name of the session cookie.' },
    [`${I}auth-session-timeout`]: { text: 'How long a session lasts, in seconds.' },
    [`${I}auth-on-unauthenticated-request`]: {
      text: 'What the ALB does with a request that has no session yet.',
    },
    [`${I}jwt-validation`]: {
      text: 'Validates a JWT on HTTPS listeners, as JSON; it cannot be combined with auth-type.',
    },
    [`${I}actions.<name>`]: {
      text: 'An action for paths whose backend is service.name <name> with port.name use-annotation: fixed-response, redirect or forward (with weights). A missing one gives a fixed 503.',
    },
    [`${I}conditions.<name>`]: {
      text: 'Extra conditions (host-header, path-pattern, http-header, http-request-method, query-string, source-ip) for the paths whose backend is <name>.',
    },
    [`${I}use-regex-path-match`]: {
      text: '"true" turns ImplementationSpecific paths into regular expressions.',
    },
    [`${S}aws-load-balancer-type`]: {
      text: 'external (with an NLB target type) or nlb-ip makes the Service the controller’s; nlb leaves it to the cloud provider’s service controller.',
      default: 'none: the class (or the controller’s webhook) decides',
    },
    [`${S}aws-load-balancer-nlb-target-type`]: {
      text: 'instance or ip for the NLB’s target groups. ip works with a ClusterIP Service; instance does not.',
    },
    [`${S}aws-load-balancer-scheme`]: {
      text: 'internal or internet-facing. An NLB the controller builds is internal unless this says otherwise.',
    },
    [`${S}aws-load-balancer-internal`]: {
      text: 'The older form of the scheme: "true" means internal. The scheme annotation wins when both are set.',
    },
    [`${S}aws-load-balancer-name`]: {
      text: 'A name of your own for the NLB, used as written, at most 32 characters.',
      default: 'generated from the cluster, the Service and the scheme',
    },
    [`${S}aws-load-balancer-subnets`]: {
      text: 'Subnet IDs or Name tags for the NLB.',
      default: 'discovered from the subnets’ role tags',
    },
    [`${S}aws-load-balancer-ip-address-type`]: {
      text: 'ipv4 or dualstack; nothing else is accepted.',
    },
    [`${S}aws-load-balancer-attributes`]: {
      text: 'NLB attributes as key=value pairs.',
    },
    [`${S}aws-load-balancer-ssl-cert`]: {
      text: 'Certificates that turn listeners into TLS listeners: every port except UDP ones, or only those in ssl-ports.',
    },
    [`${S}aws-load-balancer-ssl-ports`]: {
      text: 'The Service ports (numbers or names) that get TLS. A port the Service lacks is an error.',
      default: 'every non-UDP port when ssl-cert is set',
    },
    [`${S}aws-load-balancer-ssl-negotiation-policy`]: {
      text: 'The security policy of the TLS listeners.',
    },
    [`${S}aws-load-balancer-backend-protocol`]: {
      text: 'ssl makes the target groups of TLS listeners TLS as well, so the NLB encrypts towards the targets.',
      default: 'TCP towards the targets',
    },
    [`${S}aws-load-balancer-target-group-attributes`]: {
      text: 'Target group attributes; preserve_client_ip.enabled must be a boolean. proxy_protocol_v2.enabled=false is always written unless something turns it on.',
    },
    [`${S}aws-load-balancer-target-group-attributes.<port>`]: {
      text: 'Attributes for the target group of one Service port; they win over the Service-wide ones.',
    },
    [`${S}aws-load-balancer-proxy-protocol`]: {
      text: 'Only * is accepted: proxy protocol v2 on every target group, over any attribute.',
    },
    [`${S}aws-load-balancer-proxy-protocol-per-target-group`]: {
      text: 'Service ports whose target groups get proxy protocol v2.',
    },
    [`${S}aws-load-balancer-target-node-labels`]: {
      text: 'Instance mode only: register only the nodes with these labels.',
    },
    [`${S}aws-load-balancer-healthcheck-protocol`]: {
      text: 'TCP, HTTP or HTTPS, in any letter case.',
      default:
        'TCP (HTTP on the health check node port for instance targets with externalTrafficPolicy Local)',
    },
    [`${S}aws-load-balancer-healthcheck-port`]: {
      text: 'traffic-port, a number or a named Service port.',
      default: 'traffic-port (healthCheckNodePort with externalTrafficPolicy Local)',
    },
    [`${S}aws-load-balancer-healthcheck-path`]: {
      text: 'The path of an HTTP or HTTPS health check.',
      default: '/ (/healthz with externalTrafficPolicy Local)',
    },
    [`${S}aws-load-balancer-healthcheck-success-codes`]: {
      text: 'The codes an HTTP or HTTPS health check accepts.',
    },
    [`${S}aws-load-balancer-healthcheck-interval`]: { text: 'Seconds between health checks.' },
    [`${S}aws-load-balancer-healthcheck-timeout`]: {
      text: 'Seconds a health check may take.',
      default: '10 (6 with externalTrafficPolicy Local)',
    },
    [`${S}aws-load-balancer-healthcheck-healthy-threshold`]: {
      text: 'Consecutive passes that make a target healthy.',
      default: '3 (2 with externalTrafficPolicy Local)',
    },
    [`${S}aws-load-balancer-healthcheck-unhealthy-threshold`]: {
      text: 'Consecutive failures that make a target unhealthy.',
      default: '3 (2 with externalTrafficPolicy Local)',
    },
  },
);
