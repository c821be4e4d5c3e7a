import { describe, expect, it, vi } from 'vitest';
import { createTestStore as createAppStore } from './test-store.ts';
import { selectCurrentStep, selectStepIndex } from './selectors.ts';
import {
  displayValue,
  parseUrl,
  serializeUrlState,
  startUrlSync,
  type UrlState,
  type UrlSyncWindow,
} from './url-sync.ts';

const read = (search: string, languages: readonly string[] = ['en-US']) =>
  parseUrl(search, languages);

describe('parseUrl', () => {
  it('reads every parameter: a step number from 1 or a step id, as written', () => {
    expect(read('?lang=ko&chapter=ip-mode&step=6&mode=ip&theme=dark')).toMatchObject({
      locale: 'ko',
      chapterId: 'ip-mode',
      step: 6,
      mode: 'ip',
      theme: 'dark',
      problems: [],
    });
    expect(read('?step=register-targets').step).toBe('register-targets');
  });

  it('opens the course at its first chapter in the system theme when the address says nothing', () => {
    expect(read('', ['en-GB'])).toMatchObject({
      locale: 'en',
      chapterId: 'controller-overview',
      step: null,
      mode: null,
      theme: 'system',
      problems: [],
    });
  });

  it('replaces each bad value by its default and reports it as written', () => {
    const parsed = read('?lang=fr&chapter=nope&step=%3Cscript%3E&mode=foo&theme=neon');
    expect(parsed).toMatchObject({ chapterId: 'controller-overview', mode: null, step: null });
    expect(parsed.problems).toEqual([
      { param: 'lang', value: 'fr' },
      { param: 'chapter', value: 'nope' },
      { param: 'mode', value: 'foo' },
      { param: 'step', value: '<script>' },
      { param: 'theme', value: 'neon' },
    ]);
  });

  it('refuses steps that are neither whole numbers from 1 nor step ids', () => {
    for (const step of ['0', '-1', '1.5', ' 2', '02x', '', '99999999999']) {
      const parsed = read(`?step=${encodeURIComponent(step)}`);
      expect(parsed.step).toBeNull();
      expect(parsed.problems).toEqual([{ param: 'step', value: step }]);
    }
  });
});

describe('serializeUrlState', () => {
  const state: UrlState = {
    locale: 'ko',
    chapterId: 'instance-mode',
    step: 'register-targets',
    mode: 'ip',
    theme: 'system',
  };

  it('writes every parameter, and the theme only when chosen', () => {
    expect(serializeUrlState(state)).toBe(
      '?lang=ko&chapter=instance-mode&step=register-targets&mode=ip',
    );
    expect(serializeUrlState({ ...state, theme: 'light' })).toContain('&theme=light');
  });

  it('keeps parameters it does not own and drops a theme the reader set back to system', () => {
    expect(serializeUrlState(state, '?embed=1&theme=dark&step=2')).toBe(
      '?lang=ko&chapter=instance-mode&step=register-targets&mode=ip&embed=1',
    );
  });

  it("keeps the playground's shared manifests only while the reader is in the playground", () => {
    const shared = '?chapter=playground&scenario=H4sIAAAA';
    expect(serializeUrlState({ ...state, chapterId: 'playground', step: '1' }, shared)).toContain(
      '&scenario=H4sIAAAA',
    );
    expect(serializeUrlState(state, shared)).toBe(
      '?lang=ko&chapter=instance-mode&step=register-targets&mode=ip',
    );
  });

  it('reads back what it wrote', () => {
    const parsed = read(serializeUrlState({ ...state, theme: 'dark' }));
    expect(parsed).toMatchObject({ ...state, theme: 'dark', problems: [] });
  });
});

describe('displayValue', () => {
  it('shortens long values and folds whitespace, leaving markup as plain text', () => {
    expect(displayValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(displayValue('a\n\tb')).toBe('a b');
    expect(displayValue('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});

function fakeWindow(search: string) {
  const listeners = new Set<() => void>();
  const win = {
    location: { search, hash: '' },
    navigator: { languages: ['en-US'] },
    history: {
      state: null,
      pushState: vi.fn((_: unknown, __: string, url: string) => {
        win.location.search = url;
      }),
      replaceState: vi.fn((_: unknown, __: string, url: string) => {
        win.location.search = url;
      }),
    },
    addEventListener: (_: 'popstate', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'popstate', listener: () => void) => listeners.delete(listener),
    goBack(to: string) {
      win.location.search = to;
      for (const listener of listeners) listener();
    },
  };
  return win satisfies UrlSyncWindow;
}

describe('startUrlSync', () => {
  it('lands on the settled step the address names, without touching history when it is good', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=ko&chapter=instance-mode&step=register-targets&mode=ip');
    startUrlSync(store, win);
    expect(store.getState()).toMatchObject({ locale: 'ko', mode: 'ip', notices: [] });
    expect(selectCurrentStep(store.getState())?.id).toBe('register-targets');
    expect(store.getState().simulatedMs).toBe(selectCurrentStep(store.getState())!.endMs);
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('reads a step number as the step with that number, and writes its id back', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=instance-mode&step=2');
    startUrlSync(store, win);
    expect(selectStepIndex(store.getState())).toBe(1);
    expect(win.location.search).toBe(
      '?lang=en&chapter=instance-mode&step=controller-starts&mode=instance',
    );
  });

  it("opens a chapter in its own mode, and falls back with a notice from a mode it doesn't have", () => {
    const store = createAppStore();
    startUrlSync(store, fakeWindow('?lang=en&chapter=change-over-time'));
    expect(store.getState().mode).toBe('ip');
    const other = createAppStore();
    const win = fakeWindow('?lang=en&chapter=without-controller&mode=ip');
    startUrlSync(other, win);
    expect(other.getState().mode).toBe('instance');
    expect(other.getState().notices).toEqual([{ param: 'mode', value: 'ip' }]);
    expect(win.location.search).toContain('mode=instance');
  });

  it('keeps the notices and writes the fallback into the address', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&mode=foo&step=999');
    startUrlSync(store, win);
    expect(store.getState().notices).toEqual([
      { param: 'mode', value: 'foo' },
      { param: 'step', value: '999' },
    ]);
    expect(win.location.search).toBe(
      '?lang=en&chapter=controller-overview&step=an-add-on&mode=instance',
    );
  });

  it('replaces the entry on a step or mode change and pushes one on a chapter change', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=instance-mode');
    startUrlSync(store, win);
    store.getState().nextStep();
    expect(win.history.replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      '?lang=en&chapter=instance-mode&step=controller-starts&mode=instance',
    );
    store.getState().setMode('ip');
    expect(win.location.search).toContain('mode=ip');
    expect(win.history.pushState).not.toHaveBeenCalled();
    store.getState().setChapter('irsa');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toMatch(/^\?lang=en&chapter=irsa&step=[a-z-]+&mode=instance$/);
  });

  it('does not write while the clock moves inside one step', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=instance-mode&step=the-setup&mode=instance');
    startUrlSync(store, win);
    store.getState().nextStep();
    store.getState().play();
    const calls = win.history.replaceState.mock.calls.length;
    store.getState().tick(10);
    expect(win.history.replaceState.mock.calls.length).toBe(calls);
  });

  it('follows back and forward without adding history entries', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=irsa&step=3&mode=instance');
    startUrlSync(store, win);
    const replaced = win.history.replaceState.mock.calls.length;
    win.goBack('?lang=en&chapter=instance-mode&step=model&mode=instance');
    expect(store.getState().chapterId).toBe('instance-mode');
    expect(selectCurrentStep(store.getState())?.id).toBe('model');
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(win.history.replaceState.mock.calls.length).toBe(replaced);
  });

  it('stops when asked', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=instance-mode&step=the-setup&mode=instance');
    const stop = startUrlSync(store, win);
    stop();
    store.getState().nextStep();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });
});
