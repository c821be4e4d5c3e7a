import type { Plan, PlanError, PlanLoadBalancer, PlanTargetGroup } from '../aws/plan.ts';
import { compareStrings } from '../util/compare.ts';
import type { World } from '../world/world.ts';
import { irsaStsError, webIdentityError } from './deploy/aws-errors.ts';
import { deployStack } from './deploy/deploy-stack.ts';
import { registerTargets } from './deploy/register-targets.ts';
import { buildIngressStack } from './ingress/build-ingress-stack.ts';
import { loadIngressGroups } from './ingress/load-groups.ts';
import { buildServiceStack } from './service/build-service-stack.ts';
import { buildInTreeLoadBalancer } from './service/in-tree-load-balancer.ts';
import { serviceOwner } from './service/service-ownership.ts';
import type { StackModel } from './stack-model.ts';
import { noticeText } from '../notices.ts';

export interface ReconcileResult {
  plan: Plan;
  /** Every stack the controller built a model for, deployed or not (for timelines and scenes). */
  stacks: StackModel[];
  notes: string[];
}

const eventError = (object: string, reason: string, message: string): PlanError => ({
  object,
  reason,
  message,
});

/** Builds every model the controller would build (IngressGroups, then Services). */
function buildModels(
  world: World,
  errors: PlanError[],
  notes: string[],
  assumptions: string[],
  inTree: PlanLoadBalancer[],
): StackModel[] {
  const stacks: StackModel[] = [];
  const { groups, errors: loadErrors } = loadIngressGroups(world);
  errors.push(...loadErrors);
  // §8: without credentials the first AWS call of the build (subnet discovery) fails.
  const sts = world.settings.irsa.configured
    ? irsaStsError(world.settings.irsa.failure, world.settings)
    : null;

  for (const group of groups) {
    const objects = group.members.map((m) => `Ingress ${m.key}`);
    if (group.loadError) {
      // The group can't even be loaded: the controller only logs this, it records no event.
      for (const object of objects)
        errors.push(eventError(object, 'ReconcilerError', group.loadError));
      continue;
    }
    const built = buildIngressStack(world, group);
    const failure = built.ok
      ? sts && built.value
        ? webIdentityError('DescribeSubnets', 'EC2', group.id, sts)
        : null
      : built.error;
    if (failure !== null) {
      const reported =
        objects.length > 0
          ? objects
          : group.deleting.map((i) => `Ingress ${i.meta.namespace}/${i.meta.name}`);
      for (const object of reported)
        errors.push(eventError(object, 'FailedBuildModel', `Failed build model due to ${failure}`));
      continue;
    }
    if (built.ok && built.value) stacks.push(built.value);
  }

  for (const svc of world.services) {
    const owner = serviceOwner(world, svc);
    const key = `${svc.meta.namespace}/${svc.meta.name}`;
    if (owner.owner === 'in-tree') {
      inTree.push(buildInTreeLoadBalancer(world, svc, owner.kind));
      notes.push(
        noticeText(owner.kind === 'classic' ? 'in-tree-classic' : 'in-tree-nlb', { service: key }),
      );
      continue;
    }
    if (owner.owner !== 'controller') continue;
    if (owner.viaWebhook) {
      assumptions.push(noticeText('service-webhook', { service: key }));
    }
    const built = buildServiceStack(world, svc);
    const failure = built.ok
      ? sts
        ? webIdentityError('DescribeSubnets', 'EC2', key, sts)
        : null
      : built.error;
    if (failure !== null) {
      errors.push(
        eventError(`Service ${key}`, 'FailedBuildModel', `Failed build model due to ${failure}`),
      );
      continue;
    }
    if (built.ok) stacks.push(built.value);
  }
  return stacks.sort((a, b) => compareStrings(a.stack, b.stack));
}

/** Model → deploy → TargetGroupBindings → status: the whole plan of shared/CONTRACT.md. */
export function reconcile(world: World): ReconcileResult {
  const errors: PlanError[] = [];
  const notes = [...world.notes];
  const assumptions = [...world.assumptions];
  const inTree: PlanLoadBalancer[] = [];
  const stacks = buildModels(world, errors, notes, assumptions, inTree);

  const plan: Plan = {
    loadBalancers: [],
    targetGroups: [],
    errors,
    assumptions,
    status: {},
    apiCalls: [],
  };
  for (const stack of stacks) {
    const deployed = deployStack(stack, world.settings);
    plan.apiCalls.push(...deployed.apiCalls);
    if (deployed.loadBalancer) plan.loadBalancers.push(deployed.loadBalancer);
    if (deployed.error) {
      for (const member of stack.members) {
        errors.push(
          eventError(member, 'FailedDeployModel', `Failed deploy model due to ${deployed.error}`),
        );
      }
    }
    let albTargets = stack.loadBalancer.type === 'application' ? 0 : null;
    for (const tg of deployed.targetGroups) {
      const entry: PlanTargetGroup = { ...tg.spec, targets: [] };
      if (deployed.bindingsCreated) {
        const registration = registerTargets(world, tg, albTargets, stack.loadBalancer.name);
        entry.targets = registration.targets;
        if (albTargets !== null) albTargets += registration.targets.length;
        if (registration.error) errors.push(registration.error);
      }
      plan.targetGroups.push(entry);
    }
    if (!deployed.error) {
      for (const member of stack.members) plan.status[member] = stack.loadBalancer.dnsName;
    }
  }

  plan.loadBalancers.sort((a, b) => compareStrings(a.stack, b.stack));
  if (inTree.length > 0)
    plan.inTreeLoadBalancers = inTree.sort((a, b) => compareStrings(a.stack, b.stack));
  plan.targetGroups.sort((a, b) => compareStrings(a.id, b.id));
  errors.sort(
    (a, b) =>
      compareStrings(a.object, b.object) ||
      compareStrings(a.reason, b.reason) ||
      compareStrings(a.message, b.message),
  );
  return { plan, stacks, notes };
}
