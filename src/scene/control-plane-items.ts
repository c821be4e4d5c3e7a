import { diagramId } from './diagram-ids.ts';
import type { ItemSpec } from './scene-builder.ts';
import { text } from './scene-builder.ts';
import type { SceneService } from './scene-input.ts';
import { serviceDetail } from './service-detail.ts';
import { endpointsBadge } from './state-badges.ts';

/** An Ingress's card in the control plane, with room for the address it takes later. */
export const ingressCard = (
  key: string,
  laterDetails: Readonly<Record<string, string>> = {},
  laterWarnings: readonly string[] = [],
): ItemSpec => ({
  id: diagramId.ingress(key),
  kind: 'ingress',
  label: key,
  // A compact row shows no kind of its own: the caption says what it is until its address comes.
  caption: text('diagram.kind.ingress'),
  ...(laterDetails[diagramId.ingress(key)]
    ? { laterDetail: laterDetails[diagramId.ingress(key)] }
    : {}),
  // A warning's badge ("Warning FailedBuildModel") takes a line of its own, not the address's room.
  ...(laterWarnings.includes(diagramId.ingress(key)) ? { laterBadgeLine: true } : {}),
  a11y: text('a11y.ingress', { name: key }),
  ref: { type: 'ingress', key },
});

/**
 * A Service's card (its type and NodePorts under its name), then its EndpointSlice's with the
 * ready endpoints, when they are known.
 */
export const serviceCards = (s: SceneService): ItemSpec[] => [
  {
    id: diagramId.service(s.key),
    kind: 'service',
    label: s.key,
    detail: s.type ? serviceDetail(s.type, s.nodePorts ?? []) : null,
    a11y: text('a11y.service', { name: s.key }),
    ref: { type: 'service', key: s.key },
  },
  ...(s.endpointsReady === null
    ? []
    : [
        {
          id: diagramId.endpointSlice(s.key),
          kind: 'endpointslice' as const,
          label: s.key,
          // Named like its Service: the caption says what it is.
          caption: text('diagram.kind.endpointslice'),
          badge: endpointsBadge(s.endpointsReady),
          a11y: text('a11y.endpointSlice', { name: s.key, ready: s.endpointsReady }),
          ref: { type: 'service', key: s.key },
        },
      ]),
];
