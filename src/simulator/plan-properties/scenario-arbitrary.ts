/**
 * The scenario generator: a small cluster model (Nodes, Pods, Services, Ingresses, IngressClasses
 * and their params, sometimes SimulatorSettings) and how its documents are laid out across one to
 * three files (sometimes as `kind: List`).
 */
import fc from 'fast-check';
import { indexed, weighted } from './arbitrary-helpers.ts';
import type { Doc, Layout, Scenario } from './cluster-model.ts';
import { backendsFor, ingressArb } from './ingress-arbitraries.ts';
import { otherDocsArb } from './other-docs-arbitraries.ts';
import { nodeArb, podArb, serviceArb } from './workload-arbitraries.ts';

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  shuffle: fc.integer({ min: 0, max: 0x7fffffff }),
  cuts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2 }),
  asList: fc.array(fc.constantFrom(false, false, false, true), { minLength: 3, maxLength: 3 }),
});

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    nodes: weighted([false, 2], [true, 1]).chain((degraded) =>
      indexed((i) => nodeArb(i, degraded), weighted([0, 2], [1, 2], [2, 4], [3, 4], [4, 3])),
    ),
    services: fc.array(serviceArb, { maxLength: 3 }),
    others: otherDocsArb,
    layout: layoutArb,
  })
  .chain((base) =>
    fc
      .record({
        pods: indexed(
          (i) =>
            podArb(
              i,
              base.nodes.map((n) => n.name),
            ),
          fc.integer({ min: 0, max: 10 }),
        ),
        ingresses: fc.array(ingressArb(backendsFor(base.services)), { maxLength: 3 }),
      })
      .map((more) => ({ ...base, ...more })),
  )
  .map(({ nodes, pods, services, ingresses, others, layout }) => ({
    docs: [
      ...nodes.map((model): Doc => ({ kind: 'Node', model })),
      ...pods.map((model): Doc => ({ kind: 'Pod', model })),
      ...services.map((model): Doc => ({ kind: 'Service', model })),
      ...ingresses.map((model): Doc => ({ kind: 'Ingress', model })),
      ...others.map((manifest): Doc => ({ kind: 'Other', manifest })),
    ],
    layout,
  }));
