/**
 * English sentences for what happens around the controller on a timeline: the reader's what-ifs,
 * pods, endpoints, kube-proxy, nodes and traffic (`sim.<narration key>`); merged into messages.en.ts.
 */
export const timelineEn = {
  'sim.action.apply': 'What if: new manifests are applied to the cluster.',
  'sim.action.delete': 'What if: {kind} {namespace}/{name} is deleted.',
  'sim.action.scale': 'What if: Deployment {deployment} is scaled to {replicas} replicas.',
  'sim.action.rolling-update': 'What if: Deployment {deployment} rolls out a new version.',
  'sim.action.enable-readiness-gates':
    'What if: namespace {namespace} is labelled for readiness-gate injection.',
  'sim.action.delete-pod': 'What if: pod {pod} is deleted.',
  'sim.action.node-not-ready': 'What if: node {node} stops answering.',
  'sim.action.drain-node': 'What if: node {node} is drained.',
  'sim.action.set-target-type': 'What if: Ingress {ingress} switches to target type {targetType}.',
  'sim.action.set-external-traffic-policy':
    'What if: Service {service} sets externalTrafficPolicy to {policy}.',
  'sim.action.break-health-check':
    'What if: the pods behind {service} stop answering their health path.',
  'sim.action.break-irsa': 'What if: IRSA breaks ({failure}).',
  'sim.action.traffic': 'Traffic starts: {rps} requests per second to {url}.',
  'sim.pod.created': 'Pod {pod} is created on {node}; its containers start.',
  'sim.pod.containers-ready': 'The containers of pod {pod} are ready.',
  'sim.pod.ready': 'Pod {pod} is Ready: the EndpointSlice now lists its endpoint as ready.',
  'sim.pod.not-ready':
    'Pod {pod} is not ready any more: the EndpointSlice marks its endpoint not ready.',
  'sim.pod.terminating':
    'Pod {pod} is terminating: the EndpointSlice keeps its endpoint, marked ready=false and terminating=true, and its preStop hook runs.',
  'sim.pod.prestop-done': 'The preStop hook of pod {pod} is done; the kubelet sends SIGTERM.',
  'sim.pod.sigterm': 'Pod {pod} gets SIGTERM and stops taking new connections.',
  'sim.pod.exited': 'The containers of pod {pod} have exited.',
  'sim.pod.deleted': 'Pod {pod} is gone from the API server.',
  'sim.endpoints.updated': 'The EndpointSlice of {service} now lists {ready} ready endpoints.',
  'sim.kubeProxy.synced':
    'kube-proxy on {node} rewrites its rules for {service}: {endpoints} endpoints.',
  'sim.node.notReady': 'Node {node} stops reporting; its Ready condition turns Unknown.',
  'sim.node.drained': 'Node {node} is cordoned and its pods are evicted.',
  'sim.traffic.window': 'Traffic in the last second: {ok} answered 200, {failed} failed.',
  'sim.traffic.windowFailed':
    'Traffic in the last second: {ok} answered 200, {failed} failed ({statuses}).',
  'sim.action.controller-down': 'What if: no controller pod is ready any more.',
  'sim.action.controller-up': 'What if: the controller pods are ready again.',
  'sim.controller.down':
    'No controller pod is ready: the API server cannot reach the controller’s webhooks, and nothing is reconciled. Existing load balancers keep serving.',
  'sim.controller.up':
    'Controller pod {pod} is ready again: it serves the webhooks and runs for leader.',
  'sim.controller.replica-lost':
    'Controller pod {pod} is gone; {replicas} replica(s) still serve the webhooks.',
  'sim.controller.replica-ready':
    'The replacement controller pod {pod} is ready and serves the webhooks ({replicas} ready).',
  'sim.controller.leader-elected':
    '{pod} takes the leader lease: its controllers start, list the cluster and reconcile every stack again.',
  'sim.admission.rejected':
    'The API server rejects the {verb} of {kind} {object}: webhook {webhook} has no endpoints, and its failurePolicy is Fail.',
  'sim.irsa.projectedToken':
    'kubelet mounts a projected ServiceAccount token (audience {audience}) at {tokenPath}. The token names no role: the AWS SDK reads the role from AWS_ROLE_ARN ({roleArn}), which the pod identity webhook copied from the ServiceAccount’s annotation.',
  'sim.irsa.noOidcProvider':
    'STS rejects the token with 400 InvalidIdentityToken: no IAM OIDC provider is registered for the issuer {issuer}. Every AWS call fails until one is created.',
} as const;
