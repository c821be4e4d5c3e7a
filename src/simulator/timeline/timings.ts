/**
 * How long things take on the virtual clock (milliseconds). The controller's own numbers come
 * from the reference; the rest are typical values, named here so that nothing is hidden in code.
 */
export const TIMINGS = {
  /** An informer delivers a watch event to the controller's work queue. */
  watchDelay: 100,
  /** The EndpointSlice controller reflects a pod's readiness change. */
  endpointSliceDelay: 500,
  /** kube-proxy rewrites iptables after an EndpointSlice change. */
  kubeProxySync: 1000,
  /** Scheduling plus kubelet start-up until the pod has an IP. */
  podScheduling: 1000,
  /** Container start until the readiness probe first passes. */
  podStartup: 5000,
  /** After SIGTERM the app stops accepting and exits once in-flight requests finish. */
  appShutdown: 500,
  /** `--targetgroupbinding-requeue-duration` default: re-check pods whose targets are not healthy (§2.3). */
  tgbRequeue: 15000,
  /** node-monitor-grace-period: a silent kubelet's node turns Ready=Unknown, its pods NotReady. */
  nodeMonitorGrace: 40_000,
  /** The default toleration for not-ready/unreachable nodes before its pods are evicted. */
  podEviction: 300_000,
  /** Load balancer nodes keep sending new requests to a deregistered target for this long. */
  deregistrationPropagation: 5000,
  /** controller-runtime's default LeaseDuration: a standby takes the leader lease once it lapses. */
  leaseDuration: 15_000,
  /** The controller Deployment's replacement pod: scheduled, started, webhook readiness probe passes. */
  controllerPodReady: 10_000,
  /** controller-runtime's per-item backoff: 5 ms doubling up to 1000 s. */
  backoffBase: 5,
  backoffMax: 1_000_000,
  /** Latency of one AWS API call, by operation (typical values). */
  awsCall: {
    AssumeRoleWithWebIdentity: 150,
    CreateSecurityGroup: 300,
    AuthorizeSecurityGroupIngress: 200,
    CreateTargetGroup: 250,
    ModifyTargetGroup: 200,
    ModifyTargetGroupAttributes: 150,
    DeleteTargetGroup: 200,
    CreateLoadBalancer: 1200,
    ModifyLoadBalancerAttributes: 150,
    DeleteLoadBalancer: 800,
    CreateListener: 300,
    ModifyListener: 250,
    DeleteListener: 200,
    AddListenerCertificates: 200,
    CreateRule: 250,
    ModifyRule: 200,
    DeleteRule: 200,
    DescribeTargetHealth: 150,
    RegisterTargets: 300,
    DeregisterTargets: 300,
    DescribeSubnets: 150,
  } as Record<string, number>,
} as const;

/** Default deregistration delay when the target group sets none (§6.5). */
export const DEFAULT_DEREGISTRATION_DELAY_S = 300;
