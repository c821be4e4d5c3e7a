import { createContext } from 'react';

/**
 * What a node's button does, provided by the canvas (not the app store): activate an element
 * (inspect it, or expand the group a "+N more" stands for) and bring a focused one into view.
 */
export interface DiagramActions {
  activate: (id: string) => void;
  reveal: (id: string) => void;
}

export const DiagramActionsContext = createContext<DiagramActions>({
  activate: () => {},
  reveal: () => {},
});
