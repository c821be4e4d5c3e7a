import { diagramId } from './diagram-ids.ts';
import type { EdgeKind } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';
import { forwardedGroups } from './rule-forwards.ts';
import { edge, type Builder } from './scene-builder.ts';

/** The data path and the control loop, as edges between the placed elements. */
export function wireEdges(b: Builder, input: SceneInput): void {
  const has = new Set(b.nodes.map((n) => n.id));
  const link = (source: string, target: string, kind: EdgeKind, requires?: string[]) => {
    if (has.has(source) && has.has(target)) edge(b, source, target, kind, requires);
  };
  link(diagramId.client(), diagramId.dns(), 'data');
  const inTree = input.plan.inTreeLoadBalancers ?? [];
  for (const lb of [...input.plan.loadBalancers, ...inTree]) {
    link(diagramId.client(), diagramId.loadBalancer(lb.stack), 'data');
    for (const listener of lb.listeners) {
      const listenerId = diagramId.listener(lb.stack, listener.port);
      // The packet's path: listener → rule → target group (or the default action's group).
      for (const rule of listener.rules) {
        const ruleId = diagramId.rule(lb.stack, listener.port, rule.priority);
        link(listenerId, ruleId, 'data');
        for (const tgId of forwardedGroups(rule.action))
          link(ruleId, diagramId.targetGroup(tgId), 'data');
      }
      for (const tgId of forwardedGroups(listener.defaultAction))
        link(listenerId, diagramId.targetGroup(tgId), 'data');
    }
  }
  // instance targets: the node's ENI on the NodePort, then kube-proxy, then the pods (§9.2).
  // ip targets: the pod's IP on its node's ENI, straight to the pod; no kube-proxy (§9.3).
  const nodePortNodes = new Set<string>();
  for (const tg of input.plan.targetGroups) {
    for (const t of tg.targets) {
      const targetId = diagramId.target(tg.id, t.id, t.port);
      if (tg.targetType === 'instance' && t.node) {
        link(targetId, diagramId.eni(t.node), 'data');
        nodePortNodes.add(t.node);
      }
      const pod =
        tg.targetType === 'ip' && t.pod
          ? input.pods.find(
              (p) => p.name === t.pod && p.namespace === (tg.service.split('/')[0] ?? ''),
            )
          : undefined;
      if (pod?.node) {
        const podId = diagramId.pod(pod.namespace, pod.name);
        link(targetId, diagramId.eni(pod.node), 'data', [targetId]);
        link(diagramId.eni(pod.node), podId, 'data', [targetId]);
      }
    }
  }
  for (const group of input.inTreeTargets ?? [])
    for (const t of group.instances) {
      link(diagramId.inTreeTarget(group.id, t.node, group.nodePort), diagramId.eni(t.node), 'data');
      nodePortNodes.add(t.node);
    }
  for (const node of input.nodes) {
    if (!nodePortNodes.has(node.name)) continue;
    link(diagramId.eni(node.name), diagramId.kubeProxy(node.name), 'data');
    for (const pod of input.pods)
      if (pod.node === node.name && !pod.controller)
        link(diagramId.kubeProxy(node.name), diagramId.pod(pod.namespace, pod.name), 'data');
  }
  link(diagramId.apiServer(), diagramId.controller(), 'watch');
  // Only the controller's own load balancers: the in-tree ones are the cloud provider's.
  for (const lb of input.plan.loadBalancers)
    link(diagramId.controller(), diagramId.loadBalancer(lb.stack), 'api');
  link(diagramId.serviceAccount(), diagramId.controller(), 'config');
  link(diagramId.controller(), diagramId.sts(), 'api');
}
