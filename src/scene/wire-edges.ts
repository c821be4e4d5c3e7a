import { diagramId } from './diagram-ids.ts';
import type { EdgeKind } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';
import { edge, type Builder } from './scene-builder.ts';

/** The data path and the control loop, as edges between the placed elements. */
export function wireEdges(b: Builder, input: SceneInput): void {
  const has = new Set(b.nodes.map((n) => n.id));
  const link = (source: string, target: string, kind: EdgeKind) => {
    if (has.has(source) && has.has(target)) edge(b, source, target, kind);
  };
  link(diagramId.client(), diagramId.dns(), 'data');
  for (const lb of input.plan.loadBalancers) {
    link(diagramId.client(), diagramId.loadBalancer(lb.stack), 'data');
    for (const listener of lb.listeners) {
      const tgIds = [listener.defaultAction, ...listener.rules.map((r) => r.action)].flatMap((a) =>
        a.type !== 'forward'
          ? []
          : 'targetGroup' in a
            ? [a.targetGroup]
            : a.targetGroups.map((t) => t.id),
      );
      for (const tgId of tgIds)
        link(diagramId.listener(lb.stack, listener.port), diagramId.targetGroup(tgId), 'data');
    }
  }
  for (const tg of input.plan.targetGroups) {
    for (const t of tg.targets) {
      if (tg.targetType === 'instance' && t.node)
        link(diagramId.target(tg.id, t.id, t.port), diagramId.node(t.node), 'data');
      if (tg.targetType === 'ip' && t.pod)
        link(
          diagramId.target(tg.id, t.id, t.port),
          diagramId.pod(tg.service.split('/')[0] ?? '', t.pod),
          'data',
        );
    }
  }
  link(diagramId.apiServer(), diagramId.controller(), 'watch');
  for (const lb of input.plan.loadBalancers)
    link(diagramId.controller(), diagramId.loadBalancer(lb.stack), 'api');
  link(diagramId.serviceAccount(), diagramId.controller(), 'config');
  link(diagramId.controller(), diagramId.sts(), 'api');
}
