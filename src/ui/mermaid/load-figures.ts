/**
 * The diagrams' sources, their pre-drawn pictures' index and the component that shows them, as one
 * chunk fetched when a chapter first shows a figure or when the chapters are prefetched (whichever
 * comes first), so that the page's first script carries none of them.
 */
export const loadFigures = () => import('./DiagramFigure.tsx');
