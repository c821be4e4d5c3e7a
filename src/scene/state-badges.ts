import type { SceneNode } from './scene-model.ts';

type Badge = NonNullable<SceneNode['badge']>;

/** A node's Ready condition as its card's badge: Ready, NotReady, or Unknown (no word from it). */
export function nodeReadyBadge(ready: 'True' | 'False' | 'Unknown' | null): Badge {
  if (ready === 'True') return { tone: 'ok', text: { key: 'badge.ready', params: {} } };
  if (ready === 'Unknown') return { tone: 'warn', text: { key: 'badge.unknown', params: {} } };
  return { tone: 'bad', text: { key: 'badge.notReady', params: {} } };
}

/** An EndpointSlice's badge: how many of its endpoints are ready. */
export function endpointsBadge(ready: number): Badge {
  return { tone: ready > 0 ? 'ok' : 'bad', text: { key: 'badge.endpoints', params: { ready } } };
}

/** An object's last Warning event (FailedBuildModel, FailedDeployModel, …): what went wrong. */
export function warningBadge(reason: string): Badge {
  return { tone: 'bad', text: { key: 'badge.warning', params: { reason } } };
}
