import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useAppStore } from './state/app-store.ts';
import { isEmbedSearch, parseEmbedOptions } from './state/embed-options.ts';
import { startUrlSync } from './state/url-sync.ts';
import { EmbedApp } from './ui/embed/EmbedApp.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The address is read into the store before the first render, and follows it from then on.
startUrlSync(useAppStore, window);

// `?embed=1`: the compact player for a host page's iframe (src/ui/embed).
const search = window.location.search;
const embed = isEmbedSearch(search) ? parseEmbedOptions(search) : null;

createRoot(root).render(<StrictMode>{embed ? <EmbedApp options={embed} /> : <App />}</StrictMode>);
