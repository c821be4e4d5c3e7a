import type { PlanLoadBalancer, PlanTargetGroup, World } from '../../../simulator/index.ts';

/** ARNs built from the settings; `<id>` stands for the random part AWS assigns. */
export interface ArnContext {
  settings: World['settings'];
  loadBalancers: readonly PlanLoadBalancer[];
  targetGroups: readonly PlanTargetGroup[];
}

const base = (c: ArnContext) =>
  `arn:aws:elasticloadbalancing:${c.settings.region}:${c.settings.accountId}`;
const lbPath = (lb: PlanLoadBalancer) => `${lb.type === 'network' ? 'net' : 'app'}/${lb.name}`;
export const loadBalancerArn = (c: ArnContext, lb: PlanLoadBalancer) =>
  `${base(c)}:loadbalancer/${lbPath(lb)}/<id>`;
export const listenerArn = (c: ArnContext, lb: PlanLoadBalancer) =>
  `${base(c)}:listener/${lbPath(lb)}/<id>/<id>`;
export const ruleArn = (c: ArnContext, lb: PlanLoadBalancer) =>
  `${base(c)}:listener-rule/${lbPath(lb)}/<id>/<id>/<id>`;
export const targetGroupArn = (c: ArnContext, id: string) => {
  const tg = c.targetGroups.find((t) => t.id === id);
  return `${base(c)}:targetgroup/${tg?.name ?? id}/<id>`;
};
