/** Checks of what planFromManifests returns against shared/CONTRACT.md: shape, order, errors. */
import { expect } from 'vitest';
import { planFromManifests, type ManifestInput, type Plan } from '../index.ts';

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The contract's orderings (CONTRACT.md, plan JSON). */
export function expectContractOrder(plan: Plan): void {
  const isSorted = (keys: string[]) =>
    keys.every((k, i) => i === 0 || byteOrder(keys[i - 1]!, k) <= 0);
  const stacks = plan.loadBalancers.map((lb) => lb.stack);
  expect(isSorted(stacks), `loadBalancers by stack: ${stacks.join(', ')}`).toBe(true);
  expect(new Set(stacks).size, `stacks are unique: ${stacks.join(', ')}`).toBe(stacks.length);
  const ids = plan.targetGroups.map((tg) => tg.id);
  expect(isSorted(ids), `targetGroups by id: ${ids.join(', ')}`).toBe(true);
  expect(new Set(ids).size, `target group ids are unique: ${ids.join(', ')}`).toBe(ids.length);
  for (let i = 1; i < plan.errors.length; i++) {
    const [a, b] = [plan.errors[i - 1]!, plan.errors[i]!];
    const order = byteOrder(a.object, b.object) || byteOrder(a.reason, b.reason);
    expect(
      order,
      `errors by object, then reason: ${a.object} ${a.reason} / ${b.object} ${b.reason}`,
    ).toBeLessThanOrEqual(0);
  }
  for (const lb of plan.loadBalancers) {
    const ports = lb.listeners.map((l) => l.port);
    expect(ports, `${lb.stack}: listeners by port`).toEqual([...ports].sort((a, b) => a - b));
    expect(new Set(ports).size, `${lb.stack}: one listener per port`).toBe(ports.length);
    for (const listener of lb.listeners) {
      expect(
        listener.rules.map((r) => r.priority),
        `${lb.stack}:${listener.port} rule priorities are 1..n`,
      ).toEqual(listener.rules.map((_, i) => i + 1));
      if (lb.type === 'network') expect(listener.rules).toEqual([]);
    }
  }
}

const LB_TYPES = ['application', 'network'];
const SCHEMES = ['internet-facing', 'internal'];
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'UDP', 'TLS', 'TCP_UDP'];
const HEALTH = ['initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable'];

/** The field types of the plan JSON (CONTRACT.md): strings are strings, ports are integers. */
export function expectContractShape(plan: Plan): void {
  const str = (v: unknown, what: string) => expect(typeof v, what).toBe('string');
  const strOrNull = (v: unknown, what: string) =>
    expect(v === null || typeof v === 'string', `${what}: ${JSON.stringify(v)}`).toBe(true);
  const port = (v: unknown, what: string) =>
    expect(
      Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535,
      `${what}: ${v}`,
    ).toBe(true);
  const oneOf = (v: unknown, values: string[], what: string) =>
    expect(values, `${what}: ${JSON.stringify(v)}`).toContain(v);
  for (const lb of plan.loadBalancers) {
    const at = `loadBalancer ${lb.stack}`;
    str(lb.stack, `${at} stack`);
    str(lb.name, `${at} name`);
    str(lb.dnsName, `${at} dnsName`);
    str(lb.ipAddressType, `${at} ipAddressType`);
    oneOf(lb.type, LB_TYPES, `${at} type`);
    oneOf(lb.scheme, SCHEMES, `${at} scheme`);
    strOrNull(lb.group, `${at} group`);
    for (const source of lb.sources) str(source, `${at} source`);
    for (const listener of lb.listeners) {
      const lat = `${at} listener ${listener.port}`;
      port(listener.port, `${lat} port`);
      oneOf(listener.protocol, PROTOCOLS, `${lat} protocol`);
      strOrNull(listener.sslPolicy, `${lat} sslPolicy`);
      for (const arn of listener.certificateArns) str(arn, `${lat} certificate`);
      expect(typeof listener.defaultAction.type, `${lat} default action`).toBe('string');
      for (const rule of listener.rules) {
        expect(rule.conditions.length, `${lat} rule ${rule.priority} conditions`).toBeGreaterThan(
          0,
        );
        for (const c of rule.conditions) for (const v of c.values) str(v, `${lat} condition value`);
      }
    }
  }
  for (const tg of plan.targetGroups) {
    const at = `targetGroup ${tg.id}`;
    for (const key of [
      'id',
      'name',
      'service',
      'servicePort',
      'protocol',
      'ipAddressType',
    ] as const)
      str(tg[key], `${at} ${key}`);
    strOrNull(tg.ingress, `${at} ingress`);
    oneOf(tg.targetType, ['instance', 'ip'], `${at} targetType`);
    port(tg.port, `${at} port`);
    for (const [key, value] of Object.entries(tg.attributes)) str(value, `${at} attribute ${key}`);
    for (const target of tg.targets) {
      str(target.id, `${at} target id`);
      port(target.port, `${at} target ${target.id} port`);
      strOrNull(target.node, `${at} target node`);
      strOrNull(target.pod, `${at} target pod`);
      oneOf(target.health.state, HEALTH, `${at} target ${target.id} health`);
    }
  }
  for (const e of plan.errors) {
    str(e.object, 'error object');
    str(e.reason, 'error reason');
    expect(typeof e.message === 'string' && e.message.length > 0, 'error message').toBe(true);
  }
  for (const a of plan.assumptions) str(a, 'assumption');
}

/** What holds for any input: no exception, located errors, or a plan in the contract's shape. */
export function expectContractOutcome(inputs: ManifestInput[]): void {
  const outcome = planFromManifests(inputs);
  if (outcome.ok) {
    expectContractShape(outcome.plan);
    expectContractOrder(outcome.plan);
    return;
  }
  expect(outcome.errors.length).toBeGreaterThan(0);
  const names = inputs.map((i) => i.name);
  for (const e of outcome.errors) {
    expect(names).toContain(e.file);
    expect(Number.isInteger(e.document) && e.document >= 1, `document ${e.document}`).toBe(true);
    expect(Number.isInteger(e.line) && e.line >= 1, `line ${e.line}`).toBe(true);
    expect(typeof e.message === 'string' && e.message.trim().length > 0).toBe(true);
  }
}
