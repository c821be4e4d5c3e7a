import '@xyflow/react/dist/style.css';
import './diagram-theme.css';
import './diagram.css';
import './diagram-cards.css';
import './diagram-badges.css';
import './diagram-edges.css';
import './diagram-motion.css';
import { Controls, ReactFlowProvider } from '@xyflow/react';
import { memo } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import type { DiagramPacket } from './diagram-flow-types.ts';
import type { DiagramFit } from './useDiagramFit.ts';
import { DiagramFlow, type DiagramFlowProps } from './DiagramFlow.tsx';
import { DiagramLegend } from './DiagramLegend.tsx';
import { DiagramSkip } from './DiagramSkip.tsx';
import { PacketContext } from './packet-context.ts';
import { useDiagramElements } from './useDiagramElements.ts';

export type { DiagramPacket } from './diagram-flow-types.ts';
export { DiagramLegend } from './DiagramLegend.tsx';

export interface DiagramCanvasProps {
  scene: Scene;
  /** Ids to highlight (ring and pulse); when not empty, the others dim slightly. */
  emphasis: ReadonlySet<string>;
  /** The packet's route (edge ids): highlighted, every other edge faded. */
  route?: ReadonlySet<string>;
  /** Elements that play no part at this moment: faded. */
  dimmed?: ReadonlySet<string>;
  /** Where the camera looks when the focus is larger than the canvas (the packet's element). */
  anchor?: string | null;
  /** Kept in view with the anchor when they fit together (a step's declared focus). */
  anchorWith?: readonly string[];
  packet: DiagramPacket | null;
  /** Click or Enter on an element. */
  onInspect: (id: string) => void;
  /** Click or Enter on a "+N more" element: called with the id of the group it belongs to. */
  onToggleExpand: (id: string) => void;
  reducedMotion: boolean;
  /** The name of the diagram region. */
  ariaLabel: string;
  /** `readable` (default): never below a readable zoom; `whole`: always the whole scene. */
  fit?: DiagramFit;
  /** Draw the legend below (default); a page with several diagrams draws one of its own. */
  legend?: boolean;
  /**
   * Where the zoom buttons are: over the canvas's bottom-left corner (default), or in a strip of
   * their own beside it (`aside`: a small canvas, where they would cover a card).
   */
  controls?: 'overlay' | 'aside';
}

/**
 * The diagram: a Scene drawn with React Flow. Reads only its props (the page selects from the
 * store); node components read only their `data`. The packet goes by context straight to its
 * token, so the flow itself renders again only when the scene, emphasis or handlers change.
 */
export function DiagramCanvas({ packet, ariaLabel, legend = true, ...flow }: DiagramCanvasProps) {
  return (
    <section className="dg-root" aria-label={ariaLabel}>
      {/* React Flow fills its parent (inline height: 100%), so the frame sets the height. */}
      <div className={flow.controls === 'aside' ? 'dg-frame has-aside-controls' : 'dg-frame'}>
        <PacketContext value={packet}>
          <SeededFlow {...flow} />
        </PacketContext>
      </div>
      {legend ? <DiagramLegend /> : null}
    </section>
  );
}

/**
 * React Flow's store, made with the first step's nodes and edges already in it: the canvas's first
 * render draws the cards and their lines at once, instead of an empty pane that React Flow fills
 * in an effect after the page's first paint (a second render and layout of the whole diagram).
 * Memoised apart from the packet, which moves every frame.
 */
const SeededFlow = memo(function SeededFlow(flow: DiagramFlowProps) {
  const { scene, emphasis, reducedMotion, route, dimmed } = flow;
  const elements = useDiagramElements(scene, emphasis, reducedMotion, route, dimmed);
  const canvas = (
    <DiagramSkip>
      <DiagramFlow {...flow} elements={elements} />
    </DiagramSkip>
  );
  return (
    <ReactFlowProvider initialNodes={elements.nodes} initialEdges={elements.edges}>
      {flow.controls === 'aside' ? (
        <>
          <div className="dg-flow-box">{canvas}</div>
          <Controls className="dg-aside-controls" orientation="vertical" showInteractive={false} />
        </>
      ) : (
        canvas
      )}
    </ReactFlowProvider>
  );
});
