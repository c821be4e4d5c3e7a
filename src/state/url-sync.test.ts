import { describe, expect, it, vi } from 'vitest';
import type { ChapterId, TargetMode } from '../lesson/chapters.ts';
import { createAppStore } from './app-store.ts';
import {
  displayValue,
  parseUrl,
  resolveUrlState,
  serializeUrlState,
  startUrlSync,
  type UrlState,
  type UrlSyncWindow,
} from './url-sync.ts';

// Instance mode has 16 steps, ip mode 13 (the seed's trace); any chapter for now.
const steps = (_: ChapterId, mode: TargetMode) => (mode === 'ip' ? 13 : 16);
const read = (search: string, languages: readonly string[] = ['en-US']) =>
  resolveUrlState(parseUrl(search, languages), steps);

describe('parseUrl and resolveUrlState', () => {
  it('reads every parameter, counting steps from 1 in the address and from 0 in the state', () => {
    expect(read('?lang=ko&chapter=ip-mode&step=6&mode=ip&theme=dark')).toEqual({
      state: { locale: 'ko', chapterId: 'ip-mode', stepIndex: 5, mode: 'ip', theme: 'dark' },
      problems: [],
    });
  });

  it('opens instance-mode at step 1 in the system theme when the address says nothing', () => {
    expect(read('', ['en-GB'])).toEqual({
      state: {
        locale: 'en',
        chapterId: 'instance-mode',
        stepIndex: 0,
        mode: 'instance',
        theme: 'system',
      },
      problems: [],
    });
  });

  it("uses the chapter's own mode when the address has none", () => {
    expect(read('?chapter=ip-mode').state.mode).toBe('ip');
    expect(read('?chapter=irsa').state.mode).toBe('instance');
    expect(read('?chapter=ip-mode&mode=instance').state.mode).toBe('instance');
  });

  it('replaces each bad value by its default and reports it as written', () => {
    const { state, problems } = read('?lang=fr&chapter=nope&step=abc&mode=foo&theme=neon');
    expect(state).toEqual({
      locale: 'en',
      chapterId: 'instance-mode',
      stepIndex: 0,
      mode: 'instance',
      theme: 'system',
    });
    expect(problems).toEqual([
      { param: 'lang', value: 'fr' },
      { param: 'chapter', value: 'nope' },
      { param: 'mode', value: 'foo' },
      { param: 'theme', value: 'neon' },
      // A word is a step id; only the chapter can say it has no such step (here: none).
      { param: 'step', value: 'abc' },
    ]);
  });

  it('reads a step by its id when the chapter names its steps', () => {
    const names = {
      count: () => 3,
      idOf: (_c: unknown, _m: unknown, i: number) => ['a-step', 'b-step', 'c-step'][i] ?? null,
      indexOf: (_c: unknown, _m: unknown, id: string) => ['a-step', 'b-step', 'c-step'].indexOf(id),
    };
    const at = (search: string) => resolveUrlState(parseUrl(search, ['en']), names);
    expect(at('?step=c-step').state.stepIndex).toBe(2);
    expect(at('?step=2').state.stepIndex).toBe(1);
    expect(at('?step=d-step').problems).toEqual([{ param: 'step', value: 'd-step' }]);
    expect(at('?step=%3Cscript%3E').problems).toEqual([{ param: 'step', value: '<script>' }]);
    expect(serializeUrlState(at('?step=c-step').state, '', 'c-step')).toContain('step=c-step');
  });

  it('refuses steps that are not whole numbers from 1', () => {
    for (const step of ['0', '-1', '1.5', '1e2', ' 2', '02x', '', '99999999999']) {
      const { state, problems } = read(`?step=${encodeURIComponent(step)}`);
      expect(state.stepIndex).toBe(0);
      expect(problems).toEqual([{ param: 'step', value: step }]);
    }
  });

  it("refuses a step past the chapter's last one in the mode asked for", () => {
    expect(read('?step=16&mode=instance').problems).toEqual([]);
    expect(read('?step=16&mode=ip')).toMatchObject({
      state: { stepIndex: 0, mode: 'ip' },
      problems: [{ param: 'step', value: '16' }],
    });
    expect(read('?mode=foo&step=999')).toMatchObject({
      state: { stepIndex: 0, mode: 'instance' },
      problems: [
        { param: 'mode', value: 'foo' },
        { param: 'step', value: '999' },
      ],
    });
  });
});

describe('serializeUrlState', () => {
  const state: UrlState = {
    locale: 'ko',
    chapterId: 'instance-mode',
    stepIndex: 5,
    mode: 'ip',
    theme: 'system',
  };

  it('writes every parameter, the step from 1, and the theme only when chosen', () => {
    expect(serializeUrlState(state)).toBe('?lang=ko&chapter=instance-mode&step=6&mode=ip');
    expect(serializeUrlState({ ...state, theme: 'light' })).toBe(
      '?lang=ko&chapter=instance-mode&step=6&mode=ip&theme=light',
    );
  });

  it('keeps parameters it does not own and drops a theme the reader set back to system', () => {
    expect(serializeUrlState(state, '?embed=1&theme=dark&step=2')).toBe(
      '?lang=ko&chapter=instance-mode&step=6&mode=ip&embed=1',
    );
  });

  it('reads back what it wrote', () => {
    for (const theme of ['light', 'dark', 'system'] as const) {
      const written = { ...state, theme };
      expect(read(serializeUrlState(written))).toEqual({ state: written, problems: [] });
    }
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
  it('loads the address into the store without touching history when it is good', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=ko&chapter=instance-mode&step=6&mode=ip');
    startUrlSync(store, win, steps);
    expect(store.getState()).toMatchObject({ locale: 'ko', stepIndex: 5, mode: 'ip', notices: [] });
    expect(store.getState().simulatedMs).toBeGreaterThan(0);
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('keeps the notices and writes the fallback into the address', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&mode=foo&step=999');
    startUrlSync(store, win, steps);
    expect(store.getState().notices).toHaveLength(2);
    expect(win.location.search).toBe('?lang=en&chapter=instance-mode&step=1&mode=instance');
  });

  it('replaces the entry on a step or mode change and pushes one on a chapter change', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en');
    startUrlSync(store, win, steps);
    store.getState().nextStep();
    expect(win.history.replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      '?lang=en&chapter=instance-mode&step=2&mode=instance',
    );
    store.getState().setMode('ip');
    expect(win.location.search).toContain('mode=ip');
    expect(win.history.pushState).not.toHaveBeenCalled();
    store.getState().setChapter('irsa');
    expect(win.history.pushState).toHaveBeenCalledWith(
      null,
      '',
      '?lang=en&chapter=irsa&step=1&mode=instance',
    );
  });

  it('does not write while the clock moves inside one step', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en');
    startUrlSync(store, win, steps);
    store.getState().play();
    store.getState().tick(10);
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('follows back and forward without adding history entries', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en&chapter=irsa&step=3');
    startUrlSync(store, win, steps);
    win.goBack('?lang=en&chapter=instance-mode&step=2');
    expect(store.getState()).toMatchObject({ chapterId: 'instance-mode', stepIndex: 1 });
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('stops when asked', () => {
    const store = createAppStore();
    const win = fakeWindow('?lang=en');
    const stop = startUrlSync(store, win, steps);
    stop();
    store.getState().nextStep();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });
});
