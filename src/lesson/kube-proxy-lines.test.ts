import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../simulator/index.ts';
import type { Scene } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { lessonOf } from './lesson.ts';
import { scenesOf } from './run-scenes.ts';

/**
 * change-over-time scales, rolls and deletes pods. A node's kube-proxy → pod lines are its
 * iptables rules at that moment (§9.2): the endpoints of its latest sync for the Service, or,
 * before its first sync, the pods that were ready when the run started. A pending, terminating
 * or exited pod the rules do not (yet, or any more) point at has no line from kube-proxy.
 */
const lesson = lessonOf(chapterSpecs.get('change-over-time')!, 'instance');
if (!lesson.ok) throw new Error('change-over-time does not build');

/** The pods each node's kube-proxy forwards to right after event `index`. */
function rulesAfter(
  events: readonly SimEvent[],
  index: number,
  initial: readonly string[],
): (node: string) => Set<string> {
  const latest = new Map<string, Map<string, readonly string[]>>();
  for (const event of events.slice(0, index + 1)) {
    if (event.kind !== 'kube-proxy-sync') continue;
    const byService = latest.get(event.node) ?? new Map<string, readonly string[]>();
    byService.set(event.service, event.pods);
    latest.set(event.node, byService);
  }
  return (node) => {
    const synced = latest.get(node);
    // change-over-time has one Service behind its pods: once synced, its list is the rules.
    return new Set(synced ? [...synced.values()].flat() : initial);
  };
}

/** Each node's kube-proxy → pod lines in a scene (the lines inside its card). */
function linesOf(scene: Scene): Map<string, Set<string>> {
  const lines = new Map<string, Set<string>>();
  for (const edge of scene.edges) {
    if (!edge.source.startsWith('kube-proxy:') || !edge.target.startsWith('pod:')) continue;
    const node = edge.source.slice('kube-proxy:'.length);
    lines.set(node, (lines.get(node) ?? new Set()).add(edge.target.slice('pod:'.length)));
  }
  return lines;
}

describe('kube-proxy’s lines in change-over-time (instance mode)', () => {
  it('go to the endpoints of the node’s latest kube-proxy sync, at every moment of every run', () => {
    let differsFromAllPods = 0;
    let moments = 0;
    for (const [variant, run] of Object.entries(lesson.runs)) {
      const scenes = scenesOf(run);
      const initial = run.sceneInput.pods
        .filter((p) => p.state === 'ready' && !p.controller)
        .map((p) => `${p.namespace}/${p.name}`);
      for (let index = -1; index < run.events.length; index++) {
        const scene = scenes.at(index).scene;
        const rules = rulesAfter(run.events, index, initial);
        const lines = linesOf(scene);
        for (const card of scene.nodes.filter((n) => n.kind === 'node')) {
          const node = card.label;
          if (!scene.nodes.some((n) => n.id === `kube-proxy:${node}`)) continue;
          moments++;
          const podsOnNode = scene.nodes
            .filter((n) => n.parent === card.id && n.kind === 'pod')
            .map((n) => n.ref?.key ?? '');
          const ruled = rules(node);
          const expected = podsOnNode.filter((pod) => ruled.has(pod)).sort();
          const drawn = [...(lines.get(node) ?? [])].sort();
          const event = run.events[index];
          expect(drawn, `${variant} #${index} ${event?.kind ?? 'start'} on ${node}`).toEqual(
            expected,
          );
          if (expected.length < podsOnNode.length) differsFromAllPods++;
        }
      }
    }
    expect(moments).toBeGreaterThan(0);
    // The test means something: at some moments a pod on the node is not in kube-proxy's rules.
    expect(differsFromAllPods).toBeGreaterThan(0);
  });
});
