/** The playground's UI strings (English, the source of truth for the keys). */
export const playgroundEn = {
  'playground.intro':
    'Paste or type your own Kubernetes manifests. The simulator shows what the controller would build in AWS and where a request goes, as you type, with no cluster and no AWS account.',
  'playground.editor': 'Manifests (YAML)',
  'playground.editorLoading': 'Loading the editor…',
  'playground.presets': 'Start from',
  'playground.preset.choose': 'Choose an example…',
  'playground.preset.app-ip': 'An app: Namespace, Deployment, Service, Ingress (ip targets)',
  'playground.preset.seed-instance': 'The seed setup (instance mode)',
  'playground.preset.seed-ip': 'The seed setup (ip mode)',
  'playground.preset.kind-list': 'kubectl get … -o yaml output (kind: List)',
  'playground.preset.group-order': 'Two Ingresses in one group: rule order',
  'playground.preset.instance-clusterip': 'Error: instance mode on a ClusterIP Service',
  'playground.openFile': 'Open files…',
  'playground.dropHint': 'or drop YAML files on the editor',
  'playground.fileTooLarge': '{name} is {size} MB; the playground reads files up to {max} MB.',
  'playground.fileUnreadable': '{name} could not be read as text.',
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
  'playground.trace': 'Trace a request',
  'playground.url': 'URL',
  'playground.clientIp': 'Client IP',
  'playground.traceStatus': 'Final status: {status}',
  'playground.traceNoLb': 'No load balancer answers for this host.',
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
} as const;
