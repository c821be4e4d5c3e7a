import { elbv2Error, QUOTA_ERRORS, requestId } from '../reconcile/deploy/aws-errors.ts';
import { nodeSecurityGroupId } from '../reconcile/naming.ts';
import { resolveTargets, type ResolvedTarget } from '../reconcile/targets/resolve-targets.ts';
import { retryLater, enqueue } from './controller.ts';
import { scheduleHealthChecks } from './health-checks.ts';
import { finishDrainingOfPod, removeDrainedTarget } from './draining.ts';
import { podChanged } from './pods.ts';
import { at, emit, say, type AwsTarget, type AwsTargetGroup, type Sim } from './sim.ts';
import { snapshotWorld } from './snapshot.ts';
import { DEFAULT_DEREGISTRATION_DELAY_S, TIMINGS } from './timings.ts';
import { gateType } from './watch.ts';

const CHUNK = 200;

/** Warning `FailedReconcile` on the binding, then the work queue's backoff (§2.2). */
function failReconcile(sim: Sim, tgId: string, bindingObject: string, error: string): void {
  emit(
    sim,
    {
      kind: 'k8s-event',
      object: bindingObject,
      type: 'Warning',
      reason: 'FailedReconcile',
      message: `Failed reconcile due to ${error}`,
    },
    say('event.warning', { object: bindingObject, reason: 'FailedReconcile' }),
    [`tg:${tgId}`],
  );
  retryLater(sim, `tgb:${tgId}`);
}
const targetKey = (id: string, port: number) => `${id}:${port}`;

function call(
  sim: Sim,
  t: number,
  tgId: string,
  operation: string,
  request: Record<string, unknown>,
  error: string | null,
  apply: () => void,
  service: 'ec2' | 'elbv2' = 'elbv2',
) {
  at(sim, t, `${operation} ${tgId}`, () => {
    emit(
      sim,
      {
        kind: 'aws-call',
        key: `tgb:${tgId}`,
        service,
        operation,
        request,
        ok: !error,
        response: error ? { Error: error } : { RequestId: requestId(`${tgId}:${operation}:${t}`) },
      },
      say(error ? 'aws.failed' : 'aws.called', { operation }),
      ['controller', `tg:${tgId}`],
    );
    if (!error) apply();
  });
}

/**
 * §2.3 step 5: the nodes' (and, with the VPC CNI, the pods') security group lets the shared
 * backend group in on the target port, and on a numeric health-check port. The rules are shared
 * by every binding (description `elbv2.k8s.aws/targetGroupBinding=shared`), so a port is opened once.
 */
function openNodeSecurityGroup(
  sim: Sim,
  t: number,
  tg: AwsTargetGroup,
  tgId: string,
  targets: readonly ResolvedTarget[],
  clusterName: string,
): number {
  const backend = sim.aws.stacks.get(tg.model.stack)?.securityGroups?.backend;
  if (!backend) return t;
  const ports = new Set(
    tg.model.targetType === 'instance'
      ? [tg.model.servicePort.nodePort ?? 0]
      : targets.map((r) => r.port),
  );
  if (typeof tg.model.healthCheck.port === 'number') ports.add(tg.model.healthCheck.port);
  const missing = [...ports]
    .filter((p) => p > 0 && !sim.aws.nodeSecurityGroupPorts.has(p))
    .sort((a, b) => a - b);
  if (missing.length === 0) return t;
  for (const p of missing) sim.aws.nodeSecurityGroupPorts.add(p);
  const next = t + (TIMINGS.awsCall.AuthorizeSecurityGroupIngress ?? 200);
  call(
    sim,
    next,
    tgId,
    'AuthorizeSecurityGroupIngress',
    {
      GroupId: nodeSecurityGroupId(clusterName),
      IpPermissions: missing.map((p) => ({
        IpProtocol: 'tcp',
        FromPort: p,
        ToPort: p,
        UserIdGroupPairs: [
          { GroupName: backend, Description: 'elbv2.k8s.aws/targetGroupBinding=shared' },
        ],
      })),
    },
    null,
    () => undefined,
    'ec2',
  );
  return next;
}

/**
 * §2.3 the TargetGroupBinding reconciler: resolve endpoints, DescribeTargetHealth, deregister
 * first, then register (chunks of 200), then — ip mode — mirror target health into the pods'
 * readiness gates, requeuing every 15 s until every gated pod's target is healthy.
 */
export function reconcileBinding(sim: Sim, tgId: string): number {
  const tg = sim.aws.targetGroups.get(tgId);
  if (!tg || !tg.bound) return sim.nowMs;
  const world = snapshotWorld(sim);
  const resolved = resolveTargets(world, tg.model);
  const bindingObject = `TargetGroupBinding ${tg.model.service.meta.namespace}/${tg.model.spec.name}`;
  if (!resolved.ok) {
    failReconcile(sim, tgId, bindingObject, resolved.error);
    return sim.nowMs;
  }
  const desired = new Map(resolved.value.map((r) => [targetKey(r.id, r.port), r]));
  const current = [...tg.targets.values()].filter((t) => t.stopRoutingAtMs === null);
  const toDeregister = current.filter((t) => !desired.has(targetKey(t.id, t.port)));
  const toRegister = [...desired.entries()]
    .filter(([k]) => !tg.targets.has(k) || tg.targets.get(k)!.stopRoutingAtMs !== null)
    .map(([, r]) => r);

  let t = sim.nowMs + (TIMINGS.awsCall.DescribeTargetHealth ?? 150);
  call(
    sim,
    t,
    tgId,
    'DescribeTargetHealth',
    { TargetGroup: tg.model.spec.name },
    null,
    () => undefined,
  );
  t = openNodeSecurityGroup(sim, t, tg, tgId, resolved.value, world.settings.clusterName);
  const delayS = Number(
    tg.model.spec.attributes['deregistration_delay.timeout_seconds'] ??
      DEFAULT_DEREGISTRATION_DELAY_S,
  );
  for (let i = 0; i < toDeregister.length; i += CHUNK) {
    const chunk = toDeregister.slice(i, i + CHUNK);
    t += TIMINGS.awsCall.DeregisterTargets ?? 300;
    call(
      sim,
      t,
      tgId,
      'DeregisterTargets',
      { Targets: chunk.map((x) => ({ Id: x.id, Port: x.port })) },
      null,
      () => {
        for (const target of chunk) startDraining(sim, tg, tgId, target, delayS);
      },
    );
  }
  const quota = world.settings.quotas.targetsPerTargetGroup;
  let registered = current.length - toDeregister.length;
  let failed = false;
  for (let i = 0; i < toRegister.length; i += CHUNK) {
    const chunk = toRegister.slice(i, i + CHUNK);
    t += TIMINGS.awsCall.RegisterTargets ?? 300;
    const over = registered + chunk.length > quota;
    const [code, message] = QUOTA_ERRORS.targets;
    const error = over ? elbv2Error('RegisterTargets', 400, code, message, `${tgId}:${t}`) : null;
    call(
      sim,
      t,
      tgId,
      'RegisterTargets',
      { Targets: chunk.map((x) => ({ Id: x.id, Port: x.port })) },
      error,
      () => {
        for (const r of chunk) {
          const target: AwsTarget = {
            id: r.id,
            port: r.port,
            node: r.node?.meta.name ?? null,
            pod: r.endpoint ? `${r.endpoint.pod.meta.namespace}/${r.endpoint.pod.meta.name}` : null,
            health: { state: 'initial', reason: 'Elb.RegistrationInProgress' },
            passes: 0,
            fails: 0,
            stopRoutingAtMs: null,
          };
          const zones = tg.model.zones ?? world.settings.loadBalancerZones;
          if (zones && r.node?.zone && !zones.includes(r.node.zone))
            target.health = { state: 'unused', reason: 'Target.NotInUse' };
          tg.targets.set(targetKey(r.id, r.port), target);
          emit(
            sim,
            {
              kind: 'target-health',
              targetGroup: tgId,
              target: targetKey(r.id, r.port),
              before: null,
              after: target.health,
            },
            say('target.registered', { target: targetKey(r.id, r.port) }),
            [`tg:${tgId}`, `target:${tgId}/${targetKey(r.id, r.port)}`],
          );
          scheduleHealthChecks(sim, tg, tgId, target);
        }
      },
    );
    if (error) {
      failed = true;
      at(sim, t, `tgb failed ${tgId}`, () => {
        failReconcile(sim, tgId, bindingObject, error);
      });
      break;
    }
    registered += chunk.length;
  }
  if (!failed) at(sim, t, `readiness gates ${tgId}`, () => updateReadinessGates(sim, tg, tgId));
  return t + 1;
}

function startDraining(
  sim: Sim,
  tg: AwsTargetGroup,
  tgId: string,
  target: AwsTarget,
  delayS: number,
): void {
  const before = target.health;
  target.health = { state: 'draining', reason: 'Target.DeregistrationInProgress' };
  target.stopRoutingAtMs = sim.nowMs + TIMINGS.deregistrationPropagation;
  const key = targetKey(target.id, target.port);
  emit(
    sim,
    { kind: 'target-health', targetGroup: tgId, target: key, before, after: target.health },
    say('target.draining', { target: key, seconds: delayS }),
    [`tg:${tgId}`, `target:${tgId}/${key}`],
  );
  at(sim, sim.nowMs + delayS * 1000, `drained ${key}`, () =>
    removeDrainedTarget(sim, tg, tgId, target),
  );
  // A pod that has already exited holds nothing in flight: deregistration completes early.
  const pod = target.pod ? sim.pods.get(target.pod) : undefined;
  if (target.pod && (!pod || pod.exited)) finishDrainingOfPod(sim, target.pod);
}

/** §6.4: the gate condition is True exactly when the pod's target is healthy. */
function updateReadinessGates(sim: Sim, tg: AwsTargetGroup, tgId: string): void {
  if (tg.model.targetType !== 'ip') return;
  const type = gateType(tg.model.spec.name);
  let waiting = false;
  for (const target of tg.targets.values()) {
    if (!target.pod || target.stopRoutingAtMs !== null) continue;
    const pod = sim.pods.get(target.pod);
    if (!pod || !pod.gates.has(type)) continue;
    const healthy = target.health.state === 'healthy';
    if (!healthy) waiting = true;
    if (pod.gates.get(type) === healthy) continue;
    pod.gates.set(type, healthy);
    const reason = healthy ? 'Target is healthy' : (target.health.reason ?? target.health.state);
    emit(
      sim,
      {
        kind: 'readiness-gate',
        pod: target.pod,
        conditionType: type,
        status: healthy ? 'True' : 'False',
        reason,
      },
      say(healthy ? 'gate.true' : 'gate.false', { pod: target.pod }),
      [`pod:${target.pod}`],
    );
    podChanged(sim, pod, healthy ? 'ready' : 'not-ready');
  }
  if (waiting)
    at(sim, sim.nowMs + TIMINGS.tgbRequeue, `requeue ${tgId}`, () =>
      enqueue(sim, `tgb:${tgId}`, 'requeue: targets not healthy yet'),
    );
}
