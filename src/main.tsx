import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { chapterDefinition } from './chapters/chapters.ts';
import { runScenario, stepCount } from './chapters/chapter-run.ts';
import { useAppStore } from './state/app-store.ts';
import { startUrlSync } from './state/url-sync.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The address is read into the store before the first render, and follows it from then on.
startUrlSync(useAppStore, window, (chapterId, mode) =>
  stepCount(runScenario(chapterDefinition(chapterId).scenario, mode)),
);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
