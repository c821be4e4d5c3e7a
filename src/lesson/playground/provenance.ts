import type { Plan, World } from '../../simulator/index.ts';
import { diagramId } from '../../scene/diagram-ids.ts';

/**
 * Which lines of the reader's manifests made which AWS resources and diagram elements. One entry
 * per object: the lines it spans and the ids (diagram ids, which the plan tree uses too) it
 * produced.
 */
export interface ProvenanceEntry {
  object: string;
  from: number;
  to: number;
  ids: string[];
}

const keyOf = (meta: { namespace: string; name: string }) =>
  meta.namespace ? `${meta.namespace}/${meta.name}` : meta.name;

/** The provenance of a world's objects, from where each starts to where the next one starts. */
export function provenanceOf(world: World, plan: Plan, lineCount: number): ProvenanceEntry[] {
  const lbs = [...plan.loadBalancers, ...(plan.inTreeLoadBalancers ?? [])];
  const lbIds = (source: string) =>
    lbs
      .filter((lb) => lb.sources.includes(source))
      .flatMap((lb) => [
        diagramId.loadBalancer(lb.stack),
        ...lb.listeners.flatMap((l) => [
          diagramId.listener(lb.stack, l.port),
          ...l.rules.map((r) => diagramId.rule(lb.stack, l.port, r.priority)),
        ]),
      ]);
  const tgIds = (accept: (tg: Plan['targetGroups'][number]) => boolean) =>
    plan.targetGroups
      .filter(accept)
      .flatMap((tg) => [
        diagramId.targetGroup(tg.id),
        ...tg.targets.map((t) => diagramId.target(tg.id, t.id, t.port)),
      ]);
  const targetsWhere = (accept: (t: Plan['targetGroups'][number]['targets'][number]) => boolean) =>
    plan.targetGroups.flatMap((tg) =>
      tg.targets.filter(accept).map((t) => diagramId.target(tg.id, t.id, t.port)),
    );

  const entries: { object: string; line: number; ids: string[] }[] = [];
  const add = (object: string, line: number, ids: string[]) => {
    if (line >= 1 && line <= lineCount) entries.push({ object, line, ids });
  };
  for (const ing of world.ingresses) {
    const key = keyOf(ing.meta);
    add(`Ingress ${key}`, ing.source.line, [
      diagramId.ingress(key),
      ...lbIds(`Ingress ${key}`),
      ...tgIds((tg) => tg.ingress === key),
    ]);
  }
  for (const svc of world.services) {
    const key = keyOf(svc.meta);
    add(`Service ${key}`, svc.source.line, [
      diagramId.service(key),
      diagramId.endpointSlice(key),
      ...lbIds(`Service ${key}`),
      ...tgIds((tg) => tg.service === key),
    ]);
  }
  // Pods made from a Deployment carry the Deployment's place: they land in its entry.
  const podsAt = new Map<string, string[]>();
  for (const pod of world.pods) {
    const at = `${pod.source.document}:${pod.source.line}`;
    const ids = [
      diagramId.pod(pod.meta.namespace, pod.meta.name),
      ...targetsWhere((t) => t.pod === pod.meta.name),
    ];
    podsAt.set(at, [...(podsAt.get(at) ?? []), ...ids]);
  }
  for (const d of world.deployments)
    add(
      `Deployment ${keyOf(d.meta)}`,
      d.source.line,
      podsAt.get(`${d.source.document}:${d.source.line}`) ?? [],
    );
  for (const pod of world.pods)
    if (pod.generatedFrom === null)
      add(
        `Pod ${keyOf(pod.meta)}`,
        pod.source.line,
        podsAt.get(`${pod.source.document}:${pod.source.line}`) ?? [],
      );
  for (const node of world.nodes)
    add(`Node ${node.meta.name}`, node.source.line, [
      diagramId.node(node.meta.name),
      diagramId.kubeProxy(node.meta.name),
      ...targetsWhere((t) => t.node === node.meta.name && t.pod === null),
    ]);
  for (const c of world.ingressClasses)
    add(`IngressClass ${c.meta.name}`, c.source.line, [diagramId.ingressClass(c.meta.name)]);
  for (const o of [...world.namespaces, ...world.serviceAccounts, ...world.ingressClassParams])
    add(`${o.kind} ${keyOf(o.meta)}`, o.source.line, []);

  // Every line on which some object starts; an object runs until the next one starts.
  const starts = [...new Set(entries.map((e) => e.line))].sort((a, b) => a - b);
  return entries
    .map((e) => {
      const next = starts.find((s) => s > e.line);
      return {
        object: e.object,
        from: e.line,
        to: next === undefined ? lineCount : next - 1,
        ids: [...new Set(e.ids)],
      };
    })
    .sort((a, b) => a.from - b.from);
}

/** The ids the objects on a line produced. */
export function idsAtLine(entries: readonly ProvenanceEntry[], line: number): Set<string> {
  return new Set(entries.filter((e) => e.from <= line && line <= e.to).flatMap((e) => e.ids));
}

/** The line ranges of the objects that produced an id. */
export function linesOfId(
  entries: readonly ProvenanceEntry[],
  id: string,
): { from: number; to: number }[] {
  return entries.filter((e) => e.ids.includes(id)).map(({ from, to }) => ({ from, to }));
}
