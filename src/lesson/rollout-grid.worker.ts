/// <reference lib="webworker" />
import { allSwitches, rolloutCell } from './playground/rolling-update-grid.ts';

/** Lab 1's manifests and actions, and the request its traffic sends. */
interface GridRequest {
  text: string;
  actions: string;
  url: string;
  clientIp: string;
}

// Sixteen runs of the simulator (one per combination of the lab's switches) take seconds: each
// cell is posted as soon as it is known, so the grid fills in while the page stays responsive.
self.onmessage = (message: MessageEvent<GridRequest>) => {
  const { text, actions, url, clientIp } = message.data;
  allSwitches().forEach((switches, index) => {
    try {
      self.postMessage({
        index,
        cell: rolloutCell({ text, actions }, switches, { url, clientIp }),
      });
    } catch (error) {
      self.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
    }
  });
};
