import { buildWorld, parseManifests, reconcile } from '../../simulator/index.ts';
import type { TargetMode } from '../chapters.ts';
import { withTargetType } from '../with-target-type.ts';
import { quizRandom } from './quiz-random.ts';

export interface RegisteredTargetQuestion {
  mode: TargetMode;
  service: string;
  nodePort: number;
  targetPort: number;
  /** Whose target is asked about: a node (instance mode) or a pod (ip mode). */
  subject: { kind: 'node' | 'pod'; name: string };
  options: string[];
  answer: string;
}

const instanceIdOf = (providerId: string) => providerId.split('/').pop() ?? providerId;

/**
 * "Which target is registered for node X / pod Y?" on the chapter's scenario with a random
 * NodePort, answered by reconciling that scenario. The wrong options are the addresses people
 * mix up: node IP on the NodePort, pod IP on the NodePort, instance ID on the targetPort…
 */
export function registeredTargetQuestion(
  scenario: { name: string; text: string },
  mode: TargetMode,
  seed: number,
): RegisteredTargetQuestion | null {
  const random = quizRandom(seed);
  // Every Service gets its own random NodePort (two Services can't share one).
  const first = random.int(30000, 32000);
  let next = first;
  const text = scenario.text.replace(/nodePort:\s*\d+/g, () => `nodePort: ${next++}`);
  const parsed = parseManifests([{ name: scenario.name, text }]);
  if (!parsed.ok) return null;
  const world = buildWorld({
    ...parsed.value,
    objects: withTargetType(parsed.value.objects, mode),
  });
  const { plan } = reconcile(world);
  const group = plan.targetGroups.find((tg) => tg.targets.length > 0 && tg.targetType === mode);
  if (!group) return null;
  const target = random.pick(group.targets);
  const answer = `${target.id}:${target.port}`;
  const service = world.services.find(
    (s) => `${s.meta.namespace}/${s.meta.name}` === group.service,
  );
  const port = service?.ports.find(
    (p) => String(p.port) === group.servicePort || p.name === group.servicePort,
  );
  if (!service || !port) return null;
  const nodePort = port.nodePort ?? first;
  const selects = (labels: Readonly<Record<string, string>>) =>
    Object.entries(service.selector ?? {}).every(([k, v]) => labels[k] === v);
  const targetPort =
    typeof port.targetPort === 'number' ? port.targetPort : (target.port ?? port.port);

  const nodeName =
    mode === 'instance'
      ? target.node
      : (world.pods.find((p) => p.podIP === target.id)?.nodeName ?? null);
  const node = world.nodes.find((n) => n.meta.name === nodeName);
  const pod =
    mode === 'ip'
      ? world.pods.find((p) => p.podIP === target.id)
      : world.pods.find((p) => p.nodeName === nodeName && p.podIP && selects(p.meta.labels));
  if (!node || !pod?.podIP) return null;
  const instanceId = instanceIdOf(node.providerID);
  const nodeIp = node.internalIP ?? '';
  const candidates = [
    `${instanceId}:${nodePort}`,
    `${instanceId}:${targetPort}`,
    `${nodeIp}:${nodePort}`,
    `${pod.podIP}:${targetPort}`,
    `${pod.podIP}:${nodePort}`,
  ];
  const wrong = random.shuffle(candidates.filter((c) => c !== answer)).slice(0, 3);
  return {
    mode,
    service: group.service,
    nodePort,
    targetPort,
    subject:
      mode === 'instance'
        ? { kind: 'node', name: node.meta.name }
        : { kind: 'pod', name: `${pod.meta.namespace}/${pod.meta.name}` },
    options: random.shuffle([answer, ...wrong]),
    answer,
  };
}
