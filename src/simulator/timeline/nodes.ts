import { onNodeChanged } from './watch.ts';
import { podChanged, terminatePod } from './pods.ts';
import { at, emit, say, type Sim, type SimNode } from './sim.ts';
import { TIMINGS } from './timings.ts';

function nodeChanged(sim: Sim, node: SimNode, key: string): void {
  sim.version++;
  const name = node.object.meta.name;
  emit(
    sim,
    {
      kind: 'node',
      node: name,
      ready: node.object.ready ?? 'Unknown',
      unschedulable: node.unschedulable,
    },
    say(key, { node: name }),
    [`node:${name}`],
  );
  emit(
    sim,
    {
      kind: 'watch',
      verb: 'MODIFIED',
      object: name,
      objectKind: 'Node',
      before: null,
      after: null,
    },
    say('watch.event', { verb: 'MODIFIED', kind: 'Node', object: name }),
    [`node:${name}`, 'apiserver', 'controller'],
  );
  onNodeChanged(sim, name);
}

/**
 * A node stops (machine lost, network cut): nothing on it answers from now on. After the
 * node-monitor grace period the node is Ready=Unknown and its pods NotReady; after the eviction
 * toleration its pods are deleted and their Deployments replace them elsewhere.
 */
export function nodeFails(sim: Sim, name: string): void {
  const node = sim.nodes.get(name);
  if (!node || node.dead) return;
  node.dead = true;
  for (const pod of sim.pods.values()) if (pod.object.nodeName === name) pod.accepting = false;
  at(sim, sim.nowMs + TIMINGS.nodeMonitorGrace, `node ${name} unknown`, () => {
    node.object = { ...node.object, ready: 'Unknown' };
    nodeChanged(sim, node, 'node.notReady');
    for (const pod of sim.pods.values()) {
      if (pod.object.nodeName !== name || pod.exited) continue;
      pod.containersReady = false;
      podChanged(sim, pod, 'not-ready');
    }
  });
  at(sim, sim.nowMs + TIMINGS.nodeMonitorGrace + TIMINGS.podEviction, `evict ${name}`, () => {
    for (const pod of [...sim.pods.values()])
      if (pod.object.nodeName === name) terminatePod(sim, pod);
  });
}

/** `kubectl drain`: cordon the node, then evict its pods (they terminate gracefully). */
export function drainNode(sim: Sim, name: string): void {
  const node = sim.nodes.get(name);
  if (!node) return;
  node.unschedulable = true;
  nodeChanged(sim, node, 'node.drained');
  for (const pod of [...sim.pods.values()])
    if (pod.object.nodeName === name && pod.object.generatedFrom) terminatePod(sim, pod);
}
