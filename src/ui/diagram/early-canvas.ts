import { preloadDiagramCanvas } from './LazyDiagramCanvas.tsx';

// The diagram's code (React Flow) starts downloading as the page's script starts (main.tsx
// imports this module among its first), beside the lesson and the reader's words.
if (typeof window !== 'undefined') void preloadDiagramCanvas().catch(() => undefined);
