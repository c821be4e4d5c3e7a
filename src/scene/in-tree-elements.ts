import { diagramId } from './diagram-ids.ts';
import type { Scene } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';

/**
 * The elements of the load balancers the in-tree cloud provider made, and of their instances:
 * they exist before the controller does anything (it never touches them), so every step of a
 * timeline shows them.
 */
export function inTreeElementIds(scene: Scene, input: SceneInput): Set<string> {
  const stacks = (input.plan.inTreeLoadBalancers ?? []).map((lb) => lb.stack);
  const roots = new Set([
    ...stacks.map((stack) => diagramId.loadBalancer(stack)),
    ...(input.inTreeTargets ?? []).map((group) => diagramId.targetGroup(group.id)),
  ]);
  const lbNodePrefixes = stacks.map((stack) => `lb-node:${stack}@`);
  return new Set(
    scene.nodes
      .filter(
        (n) =>
          roots.has(n.id) ||
          (n.parent !== null && roots.has(n.parent)) ||
          lbNodePrefixes.some((p) => n.id.startsWith(p)),
      )
      .map((n) => n.id),
  );
}
