import { createContext } from 'react';

/**
 * What a node's button does, provided by the canvas (not the app store): activate an element
 * (inspect it, or expand the group a "+N more" stands for) and bring a focused one into view; and
 * what a departing element calls when its exit is over. The canvas keeps this object the same
 * from step to step, so a new step does not re-render every node through the context.
 */
export interface DiagramActions {
  activate: (id: string) => void;
  reveal: (id: string) => void;
  departed: (kind: 'node' | 'edge', id: string) => void;
}

export const DiagramActionsContext = createContext<DiagramActions>({
  activate: () => {},
  reveal: () => {},
  departed: () => {},
});
