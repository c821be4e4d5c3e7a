import { useEffect, useState } from 'react';
import {
  decodeScenario,
  encodeScenario,
  MAX_SCENARIO_PARAM,
  SCENARIO_PARAM,
  withScenarioParam,
} from '../../state/playground/scenario-codec.ts';
import {
  loadPlayground,
  savePlayground,
  type StoredPlayground,
} from '../../state/playground/playground-storage.ts';
import { DEFAULT_CLIENT_IP, firstPreset } from './presets.ts';

/** Where the playground's first manifests come from: a shared link, this browser, or the first preset. */
export function useInitialPlayground(): StoredPlayground | null {
  const [initial, setInitial] = useState<StoredPlayground | null>(null);
  useEffect(() => {
    let cancelled = false;
    const fallback = loadPlayground() ?? {
      text: firstPreset.text,
      url: firstPreset.url,
      clientIp: DEFAULT_CLIENT_IP,
      actions: '',
    };
    const param = new URLSearchParams(window.location.search).get(SCENARIO_PARAM);
    void (param ? decodeScenario(param) : Promise.resolve(null)).then((shared) => {
      if (cancelled) return;
      setInitial(shared === null ? fallback : { ...fallback, text: shared });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return initial;
}

export type LinkState = { kind: 'ok' } | { kind: 'too-long'; size: number };

/**
 * Keeps the reader's work: in this browser on every pause in typing, and in the address
 * (`scenario=`) while it fits; past the limit the address drops it and the page says so.
 */
export function useKeepPlayground(value: StoredPlayground | null): LinkState {
  const [link, setLink] = useState<LinkState>({ kind: 'ok' });
  useEffect(() => {
    if (!value) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      savePlayground(value);
      void encodeScenario(value.text).then((encoded) => {
        if (cancelled) return;
        const fits = encoded.length <= MAX_SCENARIO_PARAM;
        const href = withScenarioParam(window.location.href, fits ? encoded : null);
        if (href !== window.location.href)
          window.history.replaceState(window.history.state, '', href);
        setLink(fits ? { kind: 'ok' } : { kind: 'too-long', size: encoded.length });
      });
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value]);
  return link;
}
