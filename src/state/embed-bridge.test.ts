import { describe, expect, it } from 'vitest';
import { startEmbedBridge, type BridgeWindow } from './embed-bridge.ts';
import { parseEmbedOptions } from './embed-options.ts';
import { createTestStore } from './test-store.ts';
import { parseUrl } from './url-sync.ts';

function fakeWindow() {
  const posted: { message: { type: string } & Record<string, unknown>; origin: string }[] = [];
  const listeners: ((event: MessageEvent) => void)[] = [];
  const parent = {
    postMessage: (message: unknown, origin: string) =>
      posted.push({ message: message as { type: string }, origin }),
  };
  const win: BridgeWindow = {
    parent,
    addEventListener: (_type, listener) => listeners.push(listener),
    removeEventListener: (_type, listener) => listeners.splice(listeners.indexOf(listener), 1),
  };
  const send = (data: unknown, origin = 'http://host.test', source: unknown = parent) =>
    listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent));
  const types = () => posted.map((p) => p.message.type.replace('lbc-explainer:', ''));
  return { win, posted, send, types };
}

function setup(search: string) {
  const store = createTestStore();
  store.getState().applyUrl(parseUrl(search, ['en']));
  const fake = fakeWindow();
  const bridge = startEmbedBridge(store, fake.win, parseEmbedOptions(search));
  return { store, bridge, ...fake };
}

describe('the embed bridge', () => {
  it('says ready with the place, then follows steps, modes and heights', () => {
    const { store, bridge, posted, send, types } = setup('?chapter=ip-mode&step=2&lang=en');
    expect(types()).toEqual(['ready', 'stepChanged']);
    expect(posted[0]!.message).toMatchObject({
      chapter: 'ip-mode',
      index: 1,
      mode: 'ip',
      lang: 'en',
    });
    expect(posted[0]!.origin).toBe('*');
    const total = posted[0]!.message.total as number;

    send({ type: 'lbc-explainer:next' });
    expect(posted.at(-1)!.message).toMatchObject({
      type: 'lbc-explainer:stepChanged',
      index: 2,
      total,
    });
    send({ type: 'lbc-explainer:prev' });
    expect(posted.at(-1)!.message).toMatchObject({ index: 1 });
    send({ type: 'lbc-explainer:goto', chapter: 'ip-mode', step: total });
    expect(posted.at(-1)!.message).toMatchObject({ index: total - 1 });
    send({ type: 'lbc-explainer:play' });
    expect(store.getState().playing).toBe(true);
    send({ type: 'lbc-explainer:pause' });
    expect(store.getState().playing).toBe(false);
    send({ type: 'lbc-explainer:setLang', lang: 'ko' });
    expect(store.getState().locale).toBe('ko');
    send({ type: 'lbc-explainer:setTheme', theme: 'dark' });
    expect(store.getState().theme).toBe('dark');

    send({ type: 'lbc-explainer:goto', chapter: 'instance-mode', step: 1 });
    expect(store.getState().chapterId).toBe('instance-mode');
    expect(posted.at(-1)!.message).toMatchObject({ chapter: 'instance-mode', index: 0 });
    send({ type: 'lbc-explainer:setMode', mode: 'instance' });
    expect(store.getState().mode).toBe('instance');
    expect(posted.map((p) => p.message)).toContainEqual({
      type: 'lbc-explainer:modeChanged',
      mode: 'instance',
    });

    bridge.postHeight(500.2);
    bridge.postHeight(501);
    expect(posted.at(-1)!.message).toEqual({ type: 'lbc-explainer:height', height: 501 });
    const count = posted.length;
    bridge.postHeight(501);
    expect(posted.length).toBe(count);
  });

  it('ignores malformed messages, other windows and origins outside allowOrigin', () => {
    const { store, send, posted } = setup('?chapter=ip-mode&step=2&allowOrigin=http://host.test');
    expect(posted.every((p) => p.origin === 'http://host.test')).toBe(true);
    const at = store.getState().simulatedMs;
    send({ type: 'lbc-explainer:next', extra: 1 });
    send({ type: 'lbc-explainer:goto', chapter: 'ip-mode', step: 999 });
    send({ type: 'lbc-explainer:goto', chapter: 'ip-mode', step: 'no-such-step' });
    send({ type: 'lbc-explainer:setMode', mode: 'instance' }, 'http://evil.test');
    send({ type: 'lbc-explainer:next' }, 'http://host.test', {});
    send('lbc-explainer:next');
    expect(store.getState().simulatedMs).toBe(at);
    expect(store.getState().mode).toBe('ip');
    send({ type: 'lbc-explainer:next' });
    expect(store.getState().simulatedMs).not.toBe(at);
  });

  it('ignores a mode the chapter does not have', () => {
    const { store, send } = setup('?chapter=irsa');
    const mode = store.getState().mode;
    send({ type: 'lbc-explainer:setMode', mode: mode === 'ip' ? 'instance' : 'ip' });
    expect(store.getState().mode).toBe(mode);
  });
});
