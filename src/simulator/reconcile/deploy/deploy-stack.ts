import type { PlanAction, PlanListener, PlanLoadBalancer } from '../../aws/plan.ts';
import type { Settings } from '../../world/settings.ts';
import { targetGroupArn } from '../naming.ts';
import type { StackModel } from '../stack-model.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import { accessDeniedError, elbv2Error, QUOTA_ERRORS } from './aws-errors.ts';

/** What exists in AWS after the deployer ran for one stack, and the error that stopped it. */
export interface DeployOutcome {
  loadBalancer: PlanLoadBalancer | null;
  targetGroups: TargetGroupModel[];
  /** Target group bindings are written only when every AWS call before them succeeded. */
  bindingsCreated: boolean;
  apiCalls: string[];
  /** What the controller reports (the event's `Failed deploy model due to …`). */
  error: string | null;
  /** What AWS answered the last call, when that call failed (can differ from `error`). */
  callError: string | null;
}

const targetGroupsOf = (action: PlanAction): string[] =>
  action.type !== 'forward'
    ? []
    : 'targetGroup' in action
      ? [action.targetGroup]
      : action.targetGroups.map((t) => t.id);

/** The listener-rule synthesizer's error once AWS has answered TooManyRules (LBC ≥ v2.14.1). */
export const TOO_MANY_RULES = "Unable to synthesize listener rules, there's too many attached.";

export const CONTROLLER_ROLE = 'AmazonEKSLoadBalancerControllerRole';

/**
 * §2.1 step 5: security group → target groups → load balancer → listeners (+ SNI certificates)
 * → rules → TargetGroupBindings. AWS enforces the quotas of §10 on the calls; the controller does
 * not pre-check them, so a deploy can stop half-way with what was created so far left in place.
 */
export function deployStack(stack: StackModel, settings: Settings): DeployOutcome {
  const calls: string[] = [];
  const quotas = settings.quotas;
  const alb = stack.loadBalancer.type === 'application';
  const outcome = (
    error: string | null,
    lb: PlanLoadBalancer | null,
    tgs: TargetGroupModel[],
    callError: string | null = error,
  ): DeployOutcome => ({
    loadBalancer: lb,
    targetGroups: tgs,
    bindingsCreated: error === null,
    apiCalls: calls,
    error,
    callError,
  });

  // No managed group when the `security-groups` annotation names the load balancer's groups.
  if (stack.securityGroups?.managed !== null)
    calls.push('CreateSecurityGroup', 'AuthorizeSecurityGroupIngress');
  const created: TargetGroupModel[] = [];
  for (const tg of stack.targetGroups) {
    calls.push('CreateTargetGroup');
    if (settings.irsa.failure === 'permission' || !settings.irsa.configured) {
      const role = settings.irsa.configured ? CONTROLLER_ROLE : 'eks-node-group-NodeInstanceRole';
      const arn = targetGroupArn(settings.accountId, settings.region, tg.spec.name);
      return outcome(
        accessDeniedError(
          'CreateTargetGroup',
          settings.accountId,
          role,
          'elasticloadbalancing:AddTags',
          arn,
          `${stack.stack}:tg`,
        ),
        null,
        created,
      );
    }
    created.push(tg);
    if (Object.keys(tg.spec.attributes).length > 0) calls.push('ModifyTargetGroupAttributes');
  }
  if (
    stack.targetGroups.length === 0 &&
    (settings.irsa.failure === 'permission' || !settings.irsa.configured)
  ) {
    calls.push('CreateLoadBalancer');
    const role = settings.irsa.configured ? CONTROLLER_ROLE : 'eks-node-group-NodeInstanceRole';
    return outcome(
      accessDeniedError(
        'CreateLoadBalancer',
        settings.accountId,
        role,
        'elasticloadbalancing:AddTags',
        `arn:aws:elasticloadbalancing:${settings.region}:${settings.accountId}:loadbalancer/*`,
        `${stack.stack}:lb`,
      ),
      null,
      created,
    );
  }

  calls.push('CreateLoadBalancer');
  if (Object.keys(stack.loadBalancer.attributes).length > 0)
    calls.push('ModifyLoadBalancerAttributes');
  const { attributes: _attributes, ...lbFields } = stack.loadBalancer;
  const lb: PlanLoadBalancer = { ...lbFields, listeners: [] };
  const usedTargetGroups = new Set<string>();
  const quotaError = (op: string, which: keyof typeof QUOTA_ERRORS) => {
    const [code, message] = QUOTA_ERRORS[which];
    const aws = elbv2Error(op, 400, code, message, `${stack.stack}:${op}:${which}`);
    // Since v2.14.1 the rule synthesizer catches TooManyRules and reports its own sentence
    // (pkg/deploy/elbv2/listener_rule_synthesizer.go `createAndDeleteRules`; §10).
    return which === 'rules'
      ? outcome(TOO_MANY_RULES, lb, created, aws)
      : outcome(aws, lb, created);
  };
  const wouldExceedTargetGroups = (action: PlanAction) => {
    const next = new Set([...usedTargetGroups, ...targetGroupsOf(action)]);
    return alb && next.size > quotas.targetGroupsPerAlb;
  };

  let sniCertificates = 0;
  const deployedListeners: PlanListener[] = [];
  for (const listener of stack.listeners) {
    calls.push('CreateListener');
    if (alb && deployedListeners.length >= quotas.listenersPerAlb)
      return quotaError('CreateListener', 'listeners');
    if (wouldExceedTargetGroups(listener.defaultAction))
      return quotaError('CreateListener', 'targetGroups');
    targetGroupsOf(listener.defaultAction).forEach((id) => usedTargetGroups.add(id));
    const deployed: PlanListener = { ...listener, rules: [] };
    deployedListeners.push(deployed);
    lb.listeners = deployedListeners;
    if (listener.certificateArns.length > 1) {
      calls.push('AddListenerCertificates');
      sniCertificates += listener.certificateArns.length - 1;
      if (alb && sniCertificates > quotas.certificatesPerAlb) {
        deployed.certificateArns = listener.certificateArns.slice(0, 1);
        return quotaError('AddListenerCertificates', 'certificates');
      }
    }
  }
  let ruleCount = 0;
  for (const [index, listener] of stack.listeners.entries()) {
    const deployed = deployedListeners[index]!;
    for (const rule of listener.rules) {
      calls.push('CreateRule');
      if (alb && ruleCount >= quotas.rulesPerAlb) return quotaError('CreateRule', 'rules');
      if (wouldExceedTargetGroups(rule.action)) return quotaError('CreateRule', 'targetGroups');
      targetGroupsOf(rule.action).forEach((id) => usedTargetGroups.add(id));
      deployed.rules.push(rule);
      ruleCount++;
    }
  }
  return outcome(null, lb, created);
}
