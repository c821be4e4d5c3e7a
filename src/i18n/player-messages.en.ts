/** English strings of the player area; merged into messages.en.ts. */
export const playerEn = {
  'chapter.label': 'Chapter',
  'chapter.title.controller-overview': 'What the controller does',
  'chapter.title.irsa': 'IRSA: how the controller gets AWS credentials',
  'chapter.title.security-groups':
    'Security groups: who may talk to the ALB, and the ALB to your nodes',
  'chapter.title.troubleshooting': 'Troubleshooting: from symptom to cause',
  'chapter.title.without-controller': 'Without the controller',
  'chapter.title.instance-mode': 'Instance mode, end to end',
  'chapter.title.ip-mode': 'ip mode: the ALB talks to pods',
  'chapter.title.change-over-time': 'When things change: scaling, rollouts and failures',
  'chapter.title.l4-vs-l7': 'NLB or ALB, layer 4 or layer 7',
  'chapter.title.playground': 'Playground',
  'chapter.request': 'Following one request: {url}',
  'chapter.diagram': 'Diagram of {chapter} in {mode} mode',
  'chapter.unreadable': 'The scenario could not be read, so there is no diagram to show.',
  'chapter.planText': 'The plan as text',

  'player.controls': 'Step controls',
  'player.previous': 'Previous step',
  'player.next': 'Next step',
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.speed': 'Speed',
  'player.speedValue': '{speed}×',
  'player.position': 'Playback position',
  'player.progress': 'Step {step} of {total}',
  'player.keys': '← → step · Space play or pause · Home and End first and last',
  'player.direction.request': 'request',
  'player.direction.response': 'response',
  'player.narration': 'What this step shows',
  'player.narrationText': 'Step {step} of {total} ({direction}): {text}',

  'player.direction.controller': 'controller',
  'player.direction.loadBalancer': 'load balancer',
  'player.direction.cluster': 'cluster',
  'player.direction.setup': 'setup',
  'player.direction.still': 'the picture',

  'sim.controller.started':
    'The controller pod {pod} starts on node {node} and begins to watch the cluster.',
  'sim.controller.startedAssumed':
    'The controller pod {pod} starts and begins to watch the cluster (the manifests hold no controller pod, so one is assumed to be installed).',
  'sim.irsa.credentials':
    'The SDK calls STS AssumeRoleWithWebIdentity with that token and gets temporary credentials for {roleArn}.',
  'sim.irsa.denied':
    'STS refuses AssumeRoleWithWebIdentity for {roleArn} with 403 AccessDenied: the trust policy’s sub or aud condition does not match the token. Every AWS call fails until it is fixed.',
  'sim.informers.listed':
    'The controller’s informers list what already exists ({count} objects: {kinds}) from the API server.',
  'sim.watch.event': 'The API server tells the controller: {kind} {object} was {verb}.',
  'sim.queue.enqueued': 'The controller puts the reconcile of {key} on its work queue ({cause}).',
  'sim.queue.retry':
    'Reconciling {key} failed; attempt {attempt} waits {delayMs} ms (exponential back-off from 5 ms, doubling after each failure).',
  'sim.queueKey.ingress': 'the Ingress group {name}',
  'sim.queueKey.service': 'the Service {name}',
  'sim.queueKey.binding': 'the TargetGroupBinding of target group {name}',
  'sim.cause.initialList': 'after the first list',
  'sim.cause.changed': '{kind} {name} changed',
  'sim.cause.deleted': '{kind} {name} deleted',
  'sim.cause.applied': 'manifests applied',
  'sim.cause.credentials': 'credentials refreshed',
  'sim.cause.leader': 'this pod became the leader',
  'sim.cause.retry': 'retry {attempt}',
  'sim.cause.bindingCreated': 'TargetGroupBinding created',
  'sim.cause.requeue': 'requeued: targets not healthy yet',
  'sim.cause.other': 'a change in the cluster',
  'sim.model.built':
    'The controller builds the model for {key}: load balancer {loadBalancer}, {listeners} listener(s), {rules} rule(s), {targetGroups} target group(s).',
  'sim.aws.called': 'The controller calls {service}:{operation}, and AWS answers OK. {purpose}',
  'sim.aws.failed': 'The controller calls {service}:{operation}, and AWS answers with an error.',
  'sim.aws.purpose.CreateSecurityGroup': 'This is the security group the load balancer will use.',
  'sim.aws.purpose.AuthorizeSecurityGroupIngress':
    'It opens the listener ports to the inbound CIDRs.',
  'sim.aws.purpose.AuthorizeSecurityGroupIngress.targets':
    'It lets the shared backend security group into the nodes’ group on the target port.',
  'sim.aws.purpose.CreateSecurityGroup.backend':
    'This is the cluster’s shared backend security group: every managed load balancer carries it.',
  'sim.aws.purpose.CreateTargetGroup':
    'The target group is created first, empty: the rules will forward to it.',
  'sim.aws.purpose.CreateLoadBalancer': 'The {type} {name} appears; AWS gives it a DNS name.',
  'sim.aws.purpose.CreateListener': 'The listener now accepts connections on its port.',
  'sim.aws.purpose.CreateRule': 'The rule sends matching requests to the target group.',
  'sim.aws.purpose.DescribeTargetHealth':
    'The TargetGroupBinding reconciler asks which targets are registered already.',
  'sim.aws.purpose.RegisterTargets':
    'The targets enter the target group in the “initial” state while the first health checks run.',
  'sim.aws.purpose.DeregisterTargets': 'The targets leave the target group (they drain first).',
  'sim.tgb.created':
    'The controller writes the TargetGroupBinding {name}; the TargetGroupBinding reconciler takes it from here.',
  'sim.tgb.deleted': 'The controller deletes the TargetGroupBinding {name}.',
  'sim.status.updated': 'The controller writes {hostname} into the status of {object}.',
  'sim.event.reconciled':
    'The controller records the event “Normal SuccessfullyReconciled” on {object}.',
  'sim.event.warning': 'The controller records a warning “{reason}” on {object}.',
  'sim.target.registered':
    'Target {target} is registered: initial (Elb.RegistrationInProgress) until it passes its health checks.',
  'sim.target.initial': 'Target {target} is initial ({reason}).',
  'sim.target.healthy': 'Target {target} passes a health check and turns healthy.',
  'sim.target.unhealthy': 'Target {target} fails its health checks and turns unhealthy ({reason}).',
  'sim.target.unused': 'Target {target} is unused ({reason}).',
  'sim.target.unavailable': 'Target {target} is unavailable ({reason}).',
  'sim.target.draining': 'Target {target} is draining: it gets no new requests.',
  'sim.target.removed': 'Target {target} has left the target group.',
  // A step that ends after several targets changed alike says so, not only the last one.
  'sim.targets.registered':
    '{count} targets are registered ({targets}): initial until each passes its health checks.',
  'sim.targets.healthy': '{count} targets pass a health check and turn healthy: {targets}.',
  'sim.targets.unhealthy':
    '{count} targets fail their health checks and turn unhealthy: {targets}.',
  'sim.targets.draining': '{count} targets are draining, and get no new requests: {targets}.',
  'sim.targets.removed': '{count} targets have left the target group: {targets}.',
  'sim.gate.injected': 'The webhook adds the readiness gate {condition} to pod {pod}.',
  'sim.gate.true': 'The readiness gate of pod {pod} turns True: its target is healthy.',
  'sim.gate.false': 'The readiness gate of pod {pod} is False: its target is not healthy yet.',
  'sim.other': 'The controller’s timeline: {kind}.',

  'event.title': 'What happened at this step',
  'event.kind': 'Kind',
  'event.at': 'Simulated time',
  'event.atValue': '{seconds} s after the controller started',
  'event.operation': 'Operation',
  'event.request': 'Request',
  'event.response': 'Response',
  'event.result': 'Result',
  'event.ok': 'OK',
  'event.failed': 'Error',
  'event.verb': 'Verb',
  'event.object': 'Object',
  'event.objects': 'Objects listed',
  'event.health': 'Health',
  'event.healthChange': '{before} → {after}',
  'event.reason': 'Reason',
  'event.none': 'none',
  'event.details': 'Details',

  'mode.label': 'Target type',
  'mode.hint.instance':
    'instance: the load balancer sends to each node’s NodePort, and kube-proxy forwards to a pod, maybe on another node.',
  'mode.hint.ip':
    'ip: the load balancer sends straight to pod IPs; no NodePort, kube-proxy NAT or second node on the path.',

  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'notice.label': 'Notices about the address',
  'notice.chapter': 'There is no chapter "{value}", so the page opens {fallback}.',
  'notice.step': 'This chapter has no step "{value}" in {mode} mode, so it starts at step 1.',
  'notice.mode': 'Unknown target type "{value}": showing {fallback} mode.',
  'notice.theme': 'Unknown theme "{value}": following the system setting.',
  'notice.dismiss': 'Dismiss',

  'narration.request.dns':
    'The client asks DNS for {host}; the answer is the load balancer’s address, {address}.',
  'narration.request.dnsNoAnswer':
    'The client asks DNS for {host}, and no load balancer answers for this name (NXDOMAIN): the request is never sent.',
  'narration.request.notUrl':
    '“{url}” is not a URL a client can request (it needs a host such as shop.example.com), so nothing is sent.',
  'narration.request.client':
    'The client {client} opens a connection to {dst} and sends the request for {path}.',
  'narration.request.loadBalancer': 'The {lb} {name} accepts the connection on port {port}.',
  'narration.request.listenerTls':
    'The listener {name} terminates TLS and checks its rules in priority order.',
  'narration.request.listener': 'The listener {name} receives the request.',
  'narration.request.rule': 'Rule {priority} matches the request, so its action applies.',
  'narration.request.ruleDefault': 'No rule matches, so the listener’s default action applies.',
  'narration.request.toInstance': 'The {lb} forwards the request to {target} on node {node}.',
  'narration.request.toPod':
    'The {lb} sends the request straight to pod {pod} at {target} on node {node}.',
  'narration.request.targetGroup': 'The request reaches target group {name}.',
  'narration.request.nodePort': 'The packet arrives at node {node} on its NodePort, {dst}.',
  'narration.request.crossNode':
    'The chosen pod runs on another node, so the packet crosses the VPC to node {node}.',
  'narration.request.nodeDirect':
    'The packet enters node {node} through the ENI that owns the pod’s IP: no NodePort and no kube-proxy NAT, though conntrack still tracks the flow.',
  'narration.request.node': 'The packet arrives at node {node}, addressed to {dst}.',
  'narration.request.kubeProxySnat':
    'kube-proxy’s iptables rules on {node} pick the pod {pod} and rewrite the destination to it (DNAT) and the source to the node’s address {src} (SNAT).',
  'narration.request.kubeProxy':
    'kube-proxy’s iptables rules on {node} pick the pod {pod} and rewrite the destination to it (DNAT); the source {src} stays.',
  'narration.request.pod': 'Pod {pod} receives the request from {src}.',

  'narration.response.pod': 'Pod {pod} answers; the response goes to {dst}.',
  'narration.response.crossNode':
    'The response crosses the VPC back to the node that took the request: {src} → {dst}.',
  'narration.response.nodeDirect':
    'The response leaves through the pod’s ENI, straight back to the load balancer at {dst}.',
  'narration.response.node': 'The response leaves node {node}: {src} → {dst}.',
  'narration.response.kubeProxy':
    'conntrack on {node} reverses the NAT (un-NAT): the response now goes {src} → {dst}.',
  'narration.response.targetGroup':
    'The response comes back to the {lb} over the connection it opened to the target; the target group {name} only chose that target and is not on the way back.',
  'narration.response.loadBalancer':
    'The {lb} writes the response ({status}) on the client’s connection: {src} → {dst}.',
  'narration.response.client': 'The client receives {status} from the {lb}.',

  'pdu.title': 'The packet at this hop',
  'pdu.hop': '{direction} at {element}',
  'pdu.defaultAction': 'the listener’s default action',
  'pdu.layer34': 'Layer 3/4: IP addresses and ports',
  'pdu.before': 'Before',
  'pdu.after': 'After',
  'pdu.changed': 'changed at this hop',
  'pdu.tls': 'TLS ends here',
  'pdu.source': 'Source',
  'pdu.destination': 'Destination',
  'pdu.unchanged': 'This hop does not rewrite the addresses.',
  'pdu.rewrite.dnat': 'DNAT',
  'pdu.rewrite.snat': 'SNAT',
  'pdu.rewrite.dnat-snat': 'DNAT + SNAT',
  'pdu.rewrite.un-nat': 'un-NAT',
  'pdu.rewrite.proxy': 'New connection',
  'pdu.explain.dnat': 'The destination is rewritten; the source stays.',
  'pdu.explain.snat': 'The source is rewritten to this node’s address.',
  'pdu.explain.dnat-snat':
    'Destination to the pod (DNAT) and source to the node (SNAT): the response has to come back through this node.',
  'pdu.explain.un-nat':
    'conntrack puts back the addresses this connection had before the NAT on the way in.',
  'pdu.explain.proxy':
    'The load balancer ends the client’s connection and opens its own to the target; the client’s address moves into X-Forwarded-For.',
  'pdu.layer7': 'Layer 7: HTTP headers',
  'pdu.header': 'Header',
  'pdu.headersKept': 'HTTP headers carried unchanged: {names}',
  'pdu.chains': 'iptables chains kube-proxy’s rules walk',
} as const;
