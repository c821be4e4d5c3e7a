import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useAppStore } from './state/app-store.ts';
import { startUrlSync } from './state/url-sync.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The address is read into the store before the first render, and follows it from then on.
startUrlSync(useAppStore, window);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
