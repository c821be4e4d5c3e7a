/** The playground's UI strings (English, the source of truth for the keys). */
export const playgroundEn = {
  'playground.intro':
    'Paste or type your own Kubernetes manifests. The simulator shows what the controller would build in AWS and where a request goes, as you type, with no cluster and no AWS account.',
  'playground.editor': 'Manifests (YAML)',
  'playground.editorLoading': 'Loading the editor…',
  'playground.presets': 'Start from',
  'playground.preset.choose': 'Choose an example…',
  'playground.preset.app-ip': 'An app: Namespace, Deployment, Service, Ingress (ip targets)',
  'playground.preset.course-instance': 'The course’s example setup (instance mode)',
  'playground.preset.course-ip': 'The course’s example setup (ip mode)',
  'playground.preset.kind-list': 'kubectl get … -o yaml output (kind: List)',
  'playground.preset.group-order': 'Two Ingresses in one group: rule order',
  'playground.preset.instance-clusterip': 'Error: instance mode on a ClusterIP Service',
  'playground.openFile': 'Open files…',
  'playground.dropHint': 'or drop YAML files on the editor',
  'playground.fileTooLarge': '{name} is {size} MB; the playground reads files up to {max} MB.',
  'playground.fileUnreadable': '{name} could not be read as text.',
  'playground.notice.default-nodes':
    'no Node in the input: two default nodes assumed (node-a in us-west-2a, node-b in us-west-2b)',
  'playground.notice.deployment-pods':
    'Deployment {deployment} has no Pods in the input: {count} Ready Pods assumed',
  'playground.notice.node-port':
    'Service {service} port {port} has no nodePort: {nodePort} assumed (the API server picks one)',
  'playground.notice.health-check-node-port':
    'Service {service} has no healthCheckNodePort: {nodePort} assumed (the API server picks one)',
  'playground.notice.service-webhook':
    'Service {service} has no loadBalancerClass: the controller’s webhook sets service.k8s.aws/nlb when it is created',
  'playground.notice.duplicate': '{object} appears more than once; the last one is used',
  'playground.notice.in-tree-classic':
    'Service {service} is handled by the in-tree cloud provider (a Classic Load Balancer), not by the controller',
  'playground.notice.in-tree-nlb':
    'Service {service} is handled by the in-tree cloud provider (an NLB), not by the controller',
  'playground.notice.unknown-kind': 'line {line}: kind {kind} is not simulated, so it is ignored',
  'playground.notice.settings-invalid':
    'SimulatorSettings {path}: {value} is not valid, so {fallback} is used',
  'playground.notice.settings-not-boolean':
    'SimulatorSettings {path}: {value} is not true or false, so {fallback} is used',
  'playground.notice.settings-not-count':
    'SimulatorSettings {path}: {value} is not a count, so {fallback} is used',
  'playground.notice.settings-subnet':
    'SimulatorSettings subnets[{index}] needs an id and a zone, so it is ignored',
  'playground.notes': 'Notes: {list}.',
  'playground.assumed': 'Assumed: {list}.',
  'playground.assumedClass': 'the IngressClass "alb" (controller ingress.k8s.aws/alb)',
  'playground.status.running': 'Updating…',
  'playground.status.done': 'Updated in {ms} ms.',
  'playground.status.timeout':
    'The simulator took longer than {seconds} s and was stopped. Try fewer objects or replicas.',
  'playground.status.failed': 'The simulator stopped: {message}',
  'playground.findings': 'Errors and warnings',
  'playground.noFindings': 'No errors or warnings.',
  'playground.line': 'line {line}',
  'playground.goToLine': 'Go to line {line}',
  'playground.severity.error': 'Error',
  'playground.severity.warning': 'Warning',
  'playground.readMore': 'Read: {chapter}',
  'playground.explain.yaml':
    'The text is not valid YAML here, so nothing was simulated. Check indentation, colons and brackets.',
  'playground.explain.unreadable':
    'This document cannot be read as a Kubernetes object: each needs apiVersion and kind.',
  'playground.explain.too-large':
    'The manifests are {value} characters; the playground reads up to 2,000,000. Split them into smaller files.',
  'playground.explain.too-deep':
    'The YAML nests {value} levels deep; the playground reads up to 100. Real manifests never nest this deep.',
  'playground.explain.unknown-kind':
    'The controller does not watch this kind ({value}), so the simulator ignores it.',
  'playground.explain.unknown-annotation':
    'The controller does not know the annotation {value}. It never reports an unknown annotation: it silently keeps the default, so check the spelling.',
  'playground.explain.target-type':
    'target-type is either instance (nodes on their NodePort) or ip (pod IPs). The controller rejects anything else and builds nothing for the group.',
  'playground.explain.instance-clusterip':
    'Instance targets are nodes on the Service’s NodePort, and a ClusterIP Service has none. Use type NodePort, or target-type ip.',
  'playground.explain.service-port':
    'The Ingress names a port the Service does not have. The controller stops building the whole group until it is fixed.',
  'playground.explain.group-conflict':
    'Ingresses in one IngressGroup share one load balancer, so their load-balancer settings must agree. Every member gets this error and none is built.',
  'playground.explain.ingress-class':
    'The Ingress names an IngressClass that does not exist, so the controller cannot tell whether it is its own.',
  'playground.explain.unclaimed':
    'No controller claims this Ingress: it has no ingressClassName, and no IngressClass is the default. Add ingressClassName: alb.',
  'playground.explain.irsa':
    'The controller could not get AWS credentials through IRSA, so no AWS call succeeded.',
  'playground.explain.webhook':
    'The API server rejected the change because the controller’s webhook did not answer.',
  'playground.explain.reconcile': 'The controller reported this while reconciling the object.',
  'playground.result': 'Result',
  'playground.diagram': 'Diagram of your manifests',
  'playground.planTree': 'Plan: AWS resources',
  'playground.planTreeEmpty': 'No load balancer would be created.',
  'playground.json': 'Plan JSON (as npm run plan prints it)',
  'playground.jsonNote':
    'Equal to `npm run --silent plan -- manifests.yaml` on the manifests as simulated (your text plus what is assumed).',
  'playground.downloadEffective': 'Download manifests.yaml',
  'playground.events': 'Controller events and errors',
  'playground.eventsLabel': 'Controller events, with the simulated time of each',
  'playground.eventTime': '{seconds} s',
  'playground.eventsTimeNote': 'Times are seconds after the controller started.',
  'playground.eventsMore': '{count} more events not shown.',
  'playground.noEvents': 'No events.',
  'playground.listener': 'Listener {protocol}:{port}',
  'playground.defaultAction': 'Default action',
  'playground.rule': 'Rule {priority}',
  'playground.ruleMatch': 'if {conditions}',
  'playground.targetGroup': 'Target group {name} ({targetType}, port {port})',
  'playground.targetsNone': 'No targets.',
  'playground.target': '{id}:{port}',
  'playground.forward': 'forward to {target}',
  'playground.fixedResponse': 'fixed response {status}',
  'playground.redirect': 'redirect {status}',
  'playground.moreTargets': '… and {count} more targets (all of them are in the plan JSON).',
  'playground.trace': 'Trace a request',
  'playground.url': 'URL',
  'playground.clientIp': 'Client IP',
  'playground.traceStatus': 'Final status: {status}',
  'playground.trace.notUrl': 'Not a URL: write one with a host, such as http://shop.example.com/.',
  'playground.trace.buildFailed':
    'Nothing to trace: the manifests have errors ({count}), so the controller builds no load balancer. Fix them under “Errors and warnings” first.',
  'playground.trace.noLoadBalancer':
    'Nothing to trace: nothing in these manifests asks the controller for a load balancer (an Ingress of its class, or a Service of type LoadBalancer it handles).',
  'playground.trace.noAnswer':
    'No load balancer answers for {host}: DNS has no such name (NXDOMAIN).',
  'playground.traceSummary': 'via {path}',
  'playground.step': 'Step {step} of {total}',
  'playground.playRequest': 'Play the request',
  'playground.share': 'Share',
  'playground.copyLink': 'Copy link',
  'playground.linkCopied': 'The link is in the address bar and on the clipboard.',
  'playground.linkReady': 'The address bar holds your manifests: copy it to share.',
  'playground.tooLongForLink':
    'These manifests are too large for a link ({size} characters compressed; the limit is {max}). Download them as a file and share that instead.',
  'playground.downloadYaml': 'Download YAML',
  'playground.savedLocally': 'Your work is kept in this browser.',
  'playground.selection': 'Lines {from}–{to} made the highlighted elements.',
  'playground.clearSelection': 'Clear highlight',
  'playground.whatIf': 'What if…',
  'playground.whatIf.intro':
    'Add actions on a timeline (in the format the command-line simulator reads with --actions): the simulator replays them and shows target health over time and the requests by status code.',
  'playground.whatIf.add': 'Add an action',
  'playground.whatIf.actions': 'Actions (YAML)',
  'playground.whatIf.clear': 'Clear actions',
  'playground.whatIf.problem':
    'The actions could not be read ({problem}); the manifests ran without them.',
  'playground.whatIf.health': 'Target health over time',
  'playground.whatIf.healthLabel': 'Health of {count} targets over {seconds} seconds',
  'playground.whatIf.noHealth': 'No target changed its health.',
  'playground.whatIf.gone': 'deregistered',
  'playground.whatIf.requests': 'Requests by status code ({total} sent)',
  'playground.whatIf.noTraffic': 'No traffic: add "Send traffic".',
  'playground.whatIf.noAnswer': 'no answer (no load balancer yet)',
  'playground.whatIf.kind.traffic': 'Send traffic',
  'playground.whatIf.kind.scale': 'Scale',
  'playground.whatIf.kind.deletePod': 'Delete a pod',
  'playground.whatIf.kind.drainNode': 'Drain a node',
  'playground.whatIf.kind.rollingUpdate': 'Rolling update',
  'playground.whatIf.kind.readinessGates': 'Readiness gates',
  'playground.whatIf.kind.setTargetType': 'Switch target type',
  'playground.whatIf.kind.externalTrafficPolicy': 'externalTrafficPolicy: Local',
  'playground.whatIf.kind.breakHealthCheck': 'Break the health check',
  'playground.whatIf.kind.breakIrsa': 'Break IRSA',
  'playground.replaced.lab':
    'Lab {number} replaced your manifests. Yours are kept in this browser until you dismiss this.',
  'playground.replaced.example':
    'The example replaced your manifests. Yours are kept in this browser until you dismiss this.',
  'playground.replaced.file':
    'The file replaced your manifests. Yours are kept in this browser until you dismiss this.',
  'playground.replaced.undo': 'Undo',
  'playground.replaced.dismiss': 'Dismiss',
  'playground.grid.caption':
    'Every combination at once: the 5xx responses clients get during the rollout, out of all their requests. Choose a view to put its settings in the editor.',
  'playground.grid.progress': 'Running {done} of {total}…',
  'playground.grid.on': 'on',
  'playground.grid.off': 'off',
  'playground.grid.row': 'readiness gates {gates}, preStop {preStop} s',
  'playground.grid.column': 'deregistration delay {delay} s, grace period {grace} s',
  'playground.grid.gates': 'readiness gates {gates}',
  'playground.grid.preStop': 'preStop {preStop} s',
  'playground.grid.delay': 'deregistration delay {delay} s',
  'playground.grid.grace': 'grace period {grace} s',
  'playground.grid.count': '{count} × 5xx',
  'playground.grid.of': 'of {total}',
  'playground.grid.failed': 'could not run',
  'playground.grid.use': 'Use {row}, {column}:',
  'playground.labs': 'Labs',
  'playground.labs.open': 'Lab {number}: {title}',
  'playground.labs.goal': 'Goal:',
  'playground.labs.checking': 'Checking…',
  'playground.labs.reached': '✓ Goal reached: the simulator agrees.',
  'playground.labs.notYet': 'Not yet: change the manifests or the actions above.',
  'playground.lab.rolling-update.title': 'Rolling updates that return 502',
  'playground.lab.rolling-update.story':
    'A rollout under traffic returns 502s (issues #1124, #1065, #814): the ALB still sends requests to pods that are shutting down, because deregistering a target takes time. The switches: readiness gates (enableReadinessGates), a preStop sleep (preStopSeconds), the deregistration delay and terminationGracePeriodSeconds.',
  'playground.lab.rolling-update.goal': 'the rollout serves every request without a 5xx.',
  'playground.lab.instance-clusterip.title': 'Instance mode on a ClusterIP Service',
  'playground.lab.instance-clusterip.story':
    'The controller refuses to build anything (issue #1695): instance targets are nodes on the Service’s NodePort, and a ClusterIP Service has none.',
  'playground.lab.instance-clusterip.goal': 'the controller builds the ALB with no errors.',
  'playground.lab.etp-local.title': 'externalTrafficPolicy: Local with nodes that have no pods',
  'playground.lab.etp-local.story':
    'In instance mode every node is a target, but with externalTrafficPolicy Local only nodes that run a pod answer the health check; the others show as unhealthy (issue #913).',
  'playground.lab.etp-local.goal': 'every registered target is healthy.',
  'playground.lab.group-order.title': 'Rule order across an IngressGroup',
  'playground.lab.group-order.story':
    'Two Ingresses share one ALB. The storefront’s catch-all “/” comes first (group.order 1), so it shadows the api’s /api path (reference §4.2).',
  'playground.lab.group-order.goal':
    'a request to /api/orders reaches the api target group with 200.',
  'playground.lab.nlb-type.title': 'aws-load-balancer-type: nlb or external',
  'playground.lab.nlb-type.story':
    'With the value nlb, the cluster’s in-tree cloud provider builds the NLB, not this controller (issue #2916); only external (with nlb-target-type) hands it to the controller.',
  'playground.lab.nlb-type.goal': 'the controller itself builds a network load balancer.',
  'playground.lab.irsa.title': 'IRSA: InvalidIdentityToken or AccessDenied',
  'playground.lab.irsa.story':
    'A missing IAM OIDC provider makes STS answer 400 InvalidIdentityToken; a trust policy that does not match the service account gives 403 AccessDenied. Try failure: trust to see the other one, then fix it.',
  'playground.lab.irsa.goal':
    'the controller gets credentials and builds the ALB (irsa failure: none).',
  'playground.lab.every-node.title': 'Instance mode sends traffic to every node',
  'playground.lab.every-node.story':
    'One pod, three nodes: in instance mode all three nodes are targets, and two of them forward every request across nodes to the pod.',
  'playground.lab.every-node.goal': 'the only target is the pod itself.',
  'playground.lab.webhook.title': 'An Ingress created while no controller pod is ready',
  'playground.lab.webhook.story':
    'The Ingress is applied at 20 s, while the controller is down: its validating webhook has no endpoints, so the API server rejects the Ingress (reference §1.4).',
  'playground.lab.webhook.goal': 'the Ingress is admitted and its ALB gets an address.',
} as const;
