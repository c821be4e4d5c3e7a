import type { Frame } from '../../lesson/frame.ts';
import type { Scene, SceneEdge, SceneNode } from '../../scene/scene-model.ts';
import type { Hop } from '../../simulator/index.ts';

/**
 * Mermaid text of a frame, in the syntax GitHub and GitLab render today (`flowchart` and
 * `sequenceDiagram`; no `architecture-beta`). Everything comes from the frame: the scene's
 * topology with the active hop marked, and the run's trace with the addresses on each arrow.
 */

/** Text inside a quoted Mermaid label or a message: no quotes, markup, entities or separators. */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[#"<>;]/g, (c) => ENTITIES[c]!)
    .replace(/[{}[\]|`]/g, ' ')
    .trim();
}
const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  ';': '#59;',
};

export interface MermaidOptions {
  /** How a node is named (a zone in the reader's language; anything else by its own name). */
  label?: (node: SceneNode) => string;
  /** A comment at the top (the chapter, step and mode). */
  title?: string;
}

const defaultLabel = (node: SceneNode) => node.label;

/** The edge the packet (or the controller's token) travels on, if it is in the scene. */
function activeEdge(scene: Scene, from: string, to: string): SceneEdge | undefined {
  return scene.edges.find(
    (e) => (e.source === from && e.target === to) || (e.source === to && e.target === from),
  );
}

/** A `flowchart LR` of the frame's scene: containers as subgraphs, the active hop's edge thick. */
export function flowchartOf(frame: Frame, options: MermaidOptions = {}): string {
  const label = options.label ?? defaultLabel;
  const { scene } = frame;
  const ids = new Map<string, string>();
  scene.nodes.forEach((node, index) => ids.set(node.id, `n${index + 1}`));
  const children = new Map<string | null, SceneNode[]>();
  const known = new Set(scene.nodes.map((n) => n.id));
  for (const node of scene.nodes) {
    const parent = node.parent !== null && known.has(node.parent) ? node.parent : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  const lines: string[] = [];
  if (options.title) lines.push(`%% ${options.title.replace(/[\r\n]+/g, ' ')}`);
  lines.push('flowchart LR');
  const write = (node: SceneNode, depth: number) => {
    const pad = '  '.repeat(depth);
    const id = ids.get(node.id)!;
    const text = mermaidText(label(node)) || mermaidText(node.kind);
    const inside = children.get(node.id) ?? [];
    if (inside.length > 0) {
      lines.push(`${pad}subgraph ${id}["${text}"]`);
      for (const child of inside) write(child, depth + 1);
      lines.push(`${pad}end`);
    } else {
      const detail = node.detail ? `<br/>${mermaidText(node.detail)}` : '';
      lines.push(`${pad}${id}["${text}${detail}"]`);
    }
  };
  for (const node of children.get(null) ?? []) write(node, 1);

  const packet = frame.packet;
  const active = packet ? activeEdge(scene, packet.from, packet.to) : undefined;
  let linkIndex = 0;
  let activeIndex: number | null = null;
  const drawn = new Set(scene.nodes.map((node) => node.id));
  for (const edge of scene.edges) {
    if (edge.routeOnly && edge !== active) continue;
    if (edge.requires && !edge.requires.every((id) => drawn.has(id))) continue;
    const a = ids.get(edge.source);
    const b = ids.get(edge.target);
    if (!a || !b) continue;
    if (edge === active && packet) {
      lines.push(`  ${a} ==>|"${mermaidText(packet.label)}"| ${b}`);
      activeIndex = linkIndex;
    } else if (edge.kind === 'data') lines.push(`  ${a} --> ${b}`);
    else lines.push(`  ${a} -.->|${edge.kind}| ${b}`);
    linkIndex++;
  }
  // A token between two elements the scene does not connect still gets its arrow.
  if (packet && !active) {
    const a = ids.get(packet.from);
    const b = ids.get(packet.to);
    if (a && b) {
      lines.push(`  ${a} ==>|"${mermaidText(packet.label)}"| ${b}`);
      activeIndex = linkIndex;
    }
  }
  if (activeIndex !== null)
    lines.push(`  linkStyle ${activeIndex} stroke:#d9480f,stroke-width:4px,color:#d9480f`);
  const emphasised = [...frame.emphasis].map((id) => ids.get(id)).filter((id) => id !== undefined);
  if (emphasised.length > 0) {
    lines.push('  classDef emphasis stroke:#d9480f,stroke-width:3px');
    lines.push(`  class ${emphasised.join(',')} emphasis`);
  }
  return `${lines.join('\n')}\n`;
}

type Party = 'client' | 'dns' | 'lb' | 'node' | 'pod';
const partyOf = (hop: Hop): Party => {
  switch (hop.at) {
    case 'client':
      return 'client';
    case 'dns':
      return 'dns';
    case 'node':
    case 'kube-proxy':
      return 'node';
    case 'pod':
      return 'pod';
    default:
      return 'lb';
  }
};

/**
 * A `sequenceDiagram` of the frame's request: client → load balancer → node / kube-proxy → pod
 * and back, each arrow with the packet's source → destination as it arrives; a hop that rewrites
 * the addresses says so in a note.
 */
export function sequenceOf(frame: Frame, options: Pick<MermaidOptions, 'title'> = {}): string {
  const { trace } = frame.run;
  const hops = [...trace.hops, ...trace.response];
  const lbName = trace.hops.find(
    (h) => partyOf(h) === 'lb' && ['alb', 'nlb', 'clb'].includes(h.at),
  );
  const names: Record<Party, string> = {
    client: 'Client',
    dns: 'DNS',
    lb: lbName ? `${lbName.at.toUpperCase()} ${lbName.name}` : 'Load balancer',
    node: 'Node / kube-proxy',
    pod: 'Pod',
  };
  const used = new Set(hops.map(partyOf));
  const lines: string[] = [];
  if (options.title) lines.push(`%% ${options.title.replace(/[\r\n]+/g, ' ')}`);
  lines.push('sequenceDiagram');
  lines.push('  autonumber');
  for (const party of ['client', 'dns', 'lb', 'node', 'pod'] as const)
    if (used.has(party)) lines.push(`  participant ${party} as ${mermaidText(names[party])}`);
  const responseStart = trace.hops.length;
  // The request starts at the client; a DNS hop is a lookup the client makes on the way.
  let previous: Party = 'client';
  hops.forEach((hop, index) => {
    const party = partyOf(hop);
    const back = index >= responseStart;
    if (party === 'dns') {
      const host = (() => {
        try {
          return new URL(trace.request.url).hostname;
        } catch {
          return trace.request.url;
        }
      })();
      lines.push(`  client->>dns: ${mermaidText(host)}`);
      // The answer is the load balancer's address: where the client then connects (the DNS
      // hop's own destination is the resolver).
      const client = trace.hops.find((h) => h.at === 'client');
      const answer = client ? client.dst : hop.dst;
      lines.push(`  dns-->>client: ${mermaidText(answer.split(':')[0] ?? answer)}`);
      return;
    }
    const arrived = hop.before ?? { src: hop.src, dst: hop.dst };
    if (party !== previous) {
      const arrow = back ? '-->>' : '->>';
      lines.push(
        `  ${previous}${arrow}${party}: ${mermaidText(`${arrived.src} → ${arrived.dst}`)}`,
      );
    }
    if (hop.before && (hop.before.src !== hop.src || hop.before.dst !== hop.dst))
      lines.push(
        `  Note over ${party}: ${mermaidText(`${hop.name}: ${hop.before.src} → ${hop.before.dst} becomes ${hop.src} → ${hop.dst}`)}`,
      );
    previous = party;
  });
  if (trace.status) lines.push(`  Note over client: HTTP ${trace.status}`);
  return `${lines.join('\n')}\n`;
}
