import {
  accessDeniedError,
  irsaStsError,
  requestId,
  stsError,
  webIdentityError,
} from '../reconcile/deploy/aws-errors.ts';
import { CONTROLLER_ROLE, deployStack } from '../reconcile/deploy/deploy-stack.ts';
import { buildIngressStack } from '../reconcile/ingress/build-ingress-stack.ts';
import { loadIngressGroups } from '../reconcile/ingress/load-groups.ts';
import { buildServiceStack } from '../reconcile/service/build-service-stack.ts';
import { serviceOwner } from '../reconcile/service/service-ownership.ts';
import type { StackModel } from '../reconcile/stack-model.ts';
import { targetGroupArn } from '../reconcile/naming.ts';
import type { Result } from '../util/result.ts';
import { diffStack, type PlannedCall } from './deploy-diff.ts';
import { at, emit, say, type Sim } from './sim.ts';
import { snapshotWorld } from './snapshot.ts';
import { reconcileBinding } from './target-group-binding.ts';
import { TIMINGS } from './timings.ts';

/** Put a key on the work queue (once); it is processed when its previous reconcile is done. */
export function enqueue(sim: Sim, key: string, cause: string): void {
  // §1.4: only the leader's controllers run; without one nothing is queued (a new leader relists).
  if (sim.controller.leader === null || sim.controller.queued.has(key)) return;
  sim.controller.queued.add(key);
  const term = sim.controller.term;
  emit(sim, { kind: 'enqueue', key, cause }, say('queue.enqueued', { key, cause }), ['controller']);
  const start = Math.max(sim.nowMs + TIMINGS.watchDelay, sim.controller.busyUntil.get(key) ?? 0);
  at(sim, start, `reconcile ${key}`, () => {
    if (sim.controller.term !== term || sim.controller.leader === null) return;
    sim.controller.queued.delete(key);
    process(sim, key);
  });
}

/** Every key the controller would reconcile for the current objects (after a watch event). */
export function enqueueAllStacks(sim: Sim, cause: string): void {
  const world = snapshotWorld(sim);
  for (const group of loadIngressGroups(world).groups)
    enqueue(sim, `stack:ingress:${group.id}`, cause);
  for (const svc of world.services) {
    if (serviceOwner(world, svc).owner === 'controller')
      enqueue(sim, `stack:service:${svc.meta.namespace}/${svc.meta.name}`, cause);
  }
  for (const key of sim.aws.stacks.keys()) {
    const kind = [...sim.aws.stacks.get(key)!.members][0]?.startsWith('Service')
      ? 'service'
      : 'ingress';
    enqueue(sim, `stack:${kind}:${key}`, cause);
  }
}

function process(sim: Sim, key: string): void {
  if (key.startsWith('tgb:')) {
    const done = reconcileBinding(sim, key.slice(4));
    sim.controller.busyUntil.set(key, done);
    return;
  }
  const done = reconcileStack(sim, key);
  sim.controller.busyUntil.set(key, done);
}

/** Exponential per-item backoff of controller-runtime, visible on the timeline. */
export function retryLater(sim: Sim, key: string): void {
  const attempt = (sim.controller.attempts.get(key) ?? 0) + 1;
  sim.controller.attempts.set(key, attempt);
  const delayMs = Math.min(TIMINGS.backoffBase * 2 ** (attempt - 1), TIMINGS.backoffMax);
  emit(
    sim,
    { kind: 'retry-scheduled', key, attempt, delayMs },
    say('queue.retry', { key, attempt, delayMs }),
    ['controller'],
  );
  at(sim, sim.nowMs + delayMs, `retry ${key}`, () => enqueue(sim, key, `retry ${attempt}`));
}

function buildModel(
  sim: Sim,
  key: string,
): { model: Result<StackModel | null>; members: string[] } {
  const world = snapshotWorld(sim);
  const [, kind, id = ''] = /^stack:(ingress|service):(.+)$/.exec(key) ?? [];
  if (kind === 'service') {
    const svc = world.services.find((s) => `${s.meta.namespace}/${s.meta.name}` === id);
    if (!svc || serviceOwner(world, svc).owner !== 'controller')
      return { model: { ok: true, value: null }, members: [`Service ${id}`] };
    return { model: buildServiceStack(world, svc), members: [`Service ${id}`] };
  }
  const { groups } = loadIngressGroups(world);
  const group = groups.find((g) => g.id === id);
  if (!group) return { model: { ok: true, value: null }, members: [] };
  const members = group.members.map((m) => `Ingress ${m.key}`);
  if (group.loadError) return { model: { ok: false, error: group.loadError }, members };
  return { model: buildIngressStack(world, group), members };
}

const warn = (sim: Sim, members: string[], reason: string, message: string) => {
  for (const object of members)
    emit(
      sim,
      { kind: 'k8s-event', object, type: 'Warning', reason, message },
      say('event.warning', { object, reason }),
      [objectFocus(object)],
    );
};
const objectFocus = (object: string) =>
  object.replace(/^Ingress /, 'ingress:').replace(/^Service /, 'service:');

/** §2.1: build the model, deploy what changed, write the bindings, update status. Returns when done. */
function reconcileStack(sim: Sim, key: string): number {
  const stackKey = key.replace(/^stack:(ingress|service):/, '');
  const { model, members } = buildModel(sim, key);
  if (!model.ok || (model.value && !sim.controller.credentials)) {
    const settings = snapshotWorld(sim).settings;
    const message = model.ok
      ? webIdentityError(
          'DescribeSubnets',
          'EC2',
          `${key}:${sim.nowMs}`,
          irsaStsError(sim.aws.irsaFailure, settings) ?? stsError('trust', ''),
        )
      : model.error;
    warn(sim, members, 'FailedBuildModel', `Failed build model due to ${message}`);
    retryLater(sim, key);
    return sim.nowMs;
  }
  const before = sim.aws.stacks.get(stackKey) ?? null;
  if (!model.value) {
    if (before) return teardown(sim, stackKey, before);
    return sim.nowMs;
  }
  const stack = model.value;
  emit(
    sim,
    {
      kind: 'model-built',
      key,
      loadBalancer: stack.loadBalancer.name,
      listeners: stack.listeners.length,
      rules: stack.listeners.reduce((n, l) => n + l.rules.length, 0),
      targetGroups: stack.targetGroups.length,
    },
    say('model.built', { key: stackKey, loadBalancer: stack.loadBalancer.name }),
    ['controller', ...members.map(objectFocus)],
  );
  // AWS enforces the quotas (§10): a fresh deploy stops at the call deployStack says fails.
  const settings = snapshotWorld(sim).settings;
  const fresh = before
    ? null
    : deployStack(stack, { ...settings, irsa: { configured: true, failure: 'none' } });
  const allCalls = diffStack(before, stack);
  const calls = fresh?.error ? allCalls.slice(0, fresh.apiCalls.length) : allCalls;
  let t = sim.nowMs;
  // The shared backend security group is made once per cluster, the first time a model needs it.
  const backend = stack.securityGroups?.backend;
  if (backend && sim.aws.backendSecurityGroup !== backend) {
    sim.aws.backendSecurityGroup = backend;
    t += TIMINGS.awsCall.CreateSecurityGroup ?? 300;
    scheduleCall(
      sim,
      t,
      key,
      {
        service: 'ec2',
        operation: 'CreateSecurityGroup',
        request: {
          GroupName: backend,
          Description: '[k8s] Shared Backend SecurityGroup for LoadBalancer',
        },
      },
      null,
      stack,
    );
  }
  let failure: string | null = null;
  for (const [index, call] of calls.entries()) {
    t += TIMINGS.awsCall[call.operation] ?? 200;
    const denied =
      sim.aws.irsaFailure === 'permission' &&
      call.service === 'elbv2' &&
      call.operation.startsWith('Create');
    const resource = targetGroupArn(
      settings.accountId,
      settings.region,
      String(call.request.Name ?? stack.loadBalancer.name),
    );
    const quotaHit = !denied && !!fresh?.error && index === calls.length - 1;
    const error = denied
      ? accessDeniedError(
          call.operation,
          settings.accountId,
          CONTROLLER_ROLE,
          'elasticloadbalancing:AddTags',
          resource,
          `${key}:${t}`,
        )
      : quotaHit
        ? (fresh.callError ?? fresh.error)
        : null;
    scheduleCall(sim, t, key, call, error, stack);
    if (error) {
      // AWS's answer is on the call; the event carries what the controller makes of it (§10).
      failure = quotaHit ? fresh.error : error;
      break;
    }
  }
  if (failure) {
    const message = failure;
    at(sim, t, `deploy failed ${key}`, () => {
      warn(sim, members, 'FailedDeployModel', `Failed deploy model due to ${message}`);
      retryLater(sim, key);
    });
    return t;
  }
  at(sim, t, `deployed ${key}`, () => finishDeploy(sim, key, stackKey, before, stack, members));
  return t + 1;
}

function scheduleCall(
  sim: Sim,
  atMs: number,
  key: string,
  call: PlannedCall,
  error: string | null,
  stack: StackModel | null,
): void {
  const stackKey = key.replace(/^stack:(ingress|service):/, '').replace(/^stack:/, '');
  at(sim, atMs, `${call.operation} ${key}`, () => {
    const response = error
      ? { Error: error }
      : { RequestId: requestId(`${key}:${call.operation}:${atMs}`) };
    emit(
      sim,
      {
        kind: 'aws-call',
        key,
        service: call.service,
        operation: call.operation,
        request: call.request,
        ok: !error,
        response,
      },
      say(error ? 'aws.failed' : 'aws.called', { operation: call.operation }),
      ['controller', ...focusOfCall(call, stackKey, stack)],
    );
  });
}

/** The diagram elements an AWS call touches (scene ids, see src/scene/diagram-ids.ts). */
const focusOfCall = (call: PlannedCall, stackKey: string, stack: StackModel | null): string[] => {
  const lb = `lb:${stackKey}`;
  if (call.operation.includes('TargetGroup')) {
    const tg = stack?.targetGroups.find((t) => t.spec.name === call.request.Name);
    return tg ? [`tg:${tg.spec.id}`] : [lb];
  }
  if (call.operation.includes('Listener'))
    return [`listener:${stackKey}/${String(call.request.Port ?? '')}`];
  if (call.operation.includes('Rule'))
    return [
      `rule:${stackKey}/${String(call.request.ListenerPort ?? '')}/${String(call.request.Priority ?? '')}`,
    ];
  return [lb];
};

function finishDeploy(
  sim: Sim,
  key: string,
  stackKey: string,
  before: StackModel | null,
  stack: StackModel,
  members: string[],
): void {
  sim.aws.stacks.set(stackKey, stack);
  const keep = new Set(stack.targetGroups.map((t) => t.spec.id));
  for (const old of before?.targetGroups ?? []) {
    if (
      keep.has(old.spec.id) &&
      stack.targetGroups.find((t) => t.spec.id === old.spec.id)?.spec.name === old.spec.name
    )
      continue;
    const binding = sim.aws.targetGroups.get(old.spec.id);
    if (binding) binding.bound = false;
    emit(
      sim,
      {
        kind: 'tgb-written',
        name: old.spec.name,
        namespace: old.service.meta.namespace,
        targetGroup: old.spec.id,
        verb: 'delete',
      },
      say('tgb.deleted', { name: old.spec.name }),
      [`tg:${old.spec.id}`],
    );
    sim.aws.targetGroups.delete(old.spec.id);
  }
  for (const tg of stack.targetGroups) {
    const existing = sim.aws.targetGroups.get(tg.spec.id);
    if (existing && existing.model.spec.name === tg.spec.name) {
      existing.model = tg;
      continue;
    }
    sim.aws.targetGroups.set(tg.spec.id, { model: tg, targets: new Map(), bound: true });
    emit(
      sim,
      {
        kind: 'tgb-written',
        name: tg.spec.name,
        namespace: tg.service.meta.namespace,
        targetGroup: tg.spec.id,
        verb: 'create',
      },
      say('tgb.created', { name: tg.spec.name }),
      [`tg:${tg.spec.id}`],
    );
    enqueue(sim, `tgb:${tg.spec.id}`, 'TargetGroupBinding created');
  }
  sim.controller.attempts.delete(key);
  for (const object of members) {
    emit(
      sim,
      { kind: 'status-updated', object, hostname: stack.loadBalancer.dnsName },
      say('status.updated', { object, hostname: stack.loadBalancer.dnsName }),
      [objectFocus(object)],
    );
    emit(
      sim,
      {
        kind: 'k8s-event',
        object,
        type: 'Normal',
        reason: 'SuccessfullyReconciled',
        message: 'Successfully reconciled',
      },
      say('event.reconciled', { object }),
      [objectFocus(object)],
    );
  }
}

/** The last member left: delete the load balancer, its bindings and target groups (§2.4). */
function teardown(sim: Sim, stackKey: string, before: StackModel): number {
  let t = sim.nowMs;
  const calls: PlannedCall[] = [
    {
      service: 'elbv2',
      operation: 'DeleteLoadBalancer',
      request: { Name: before.loadBalancer.name },
    },
    ...before.targetGroups.map((tg) => ({
      service: 'elbv2' as const,
      operation: 'DeleteTargetGroup',
      request: { Name: tg.spec.name },
    })),
  ];
  for (const tg of before.targetGroups) {
    const binding = sim.aws.targetGroups.get(tg.spec.id);
    if (binding) binding.bound = false;
    sim.aws.targetGroups.delete(tg.spec.id);
  }
  for (const call of calls) {
    t += TIMINGS.awsCall[call.operation] ?? 200;
    scheduleCall(sim, t, `stack:${stackKey}`, call, null, before);
  }
  at(sim, t, `deleted ${stackKey}`, () => sim.aws.stacks.delete(stackKey));
  return t;
}
