import { describe, expect, it } from 'vitest';
import { parseCommand, parseHeight } from './embed-messages.ts';
import { fullAppSearch, isEmbedSearch, parseEmbedOptions } from './embed-options.ts';
import { themeFromParam } from './embed-theme.ts';
import { parseUrl } from './url-sync.ts';

const cmd = (name: string, fields: Record<string, unknown> = {}) => ({
  type: `lbc-explainer:${name}`,
  ...fields,
});

describe('parseCommand', () => {
  it('reads every command the API documents', () => {
    expect(parseCommand(cmd('next'))).toEqual({ type: 'next' });
    expect(parseCommand(cmd('prev'))).toEqual({ type: 'prev' });
    expect(parseCommand(cmd('play'))).toEqual({ type: 'play' });
    expect(parseCommand(cmd('pause'))).toEqual({ type: 'pause' });
    expect(parseCommand(cmd('goto', { chapter: 'ip-mode', step: 3 }))).toEqual({
      type: 'goto',
      chapter: 'ip-mode',
      step: 3,
    });
    expect(parseCommand(cmd('goto', { chapter: 'ip-mode', step: '3' }))).toEqual({
      type: 'goto',
      chapter: 'ip-mode',
      step: 3,
    });
    expect(
      parseCommand(cmd('goto', { chapter: 'ip-mode', step: 'register-targets' })),
    ).toMatchObject({ step: 'register-targets' });
    expect(parseCommand(cmd('goto', { chapter: 'irsa' }))).toEqual({
      type: 'goto',
      chapter: 'irsa',
      step: null,
    });
    expect(parseCommand(cmd('setMode', { mode: 'ip' }))).toEqual({ type: 'setMode', mode: 'ip' });
    expect(parseCommand(cmd('setLang', { lang: 'ko' }))).toEqual({ type: 'setLang', lang: 'ko' });
    expect(parseCommand(cmd('setTheme', { theme: 'dark' }))).toEqual({
      type: 'setTheme',
      theme: 'dark',
    });
    expect(parseCommand(cmd('setTheme', { theme: 'auto' }))).toEqual({
      type: 'setTheme',
      theme: 'system',
    });
  });

  it.each([
    ['null', null],
    ['a string', 'lbc-explainer:next'],
    ['an array', [cmd('next')]],
    ['no type', { step: 1 }],
    ['a foreign type', { type: 'next' }],
    ['another prefix', { type: 'other-widget:next' }],
    ['an unknown command', cmd('reload')],
    ['an event sent back', cmd('ready')],
    ['an extra field', cmd('next', { step: 2 })],
    ['goto without a chapter', cmd('goto', { step: 2 })],
    ['goto to an unknown chapter', cmd('goto', { chapter: 'nope', step: 1 })],
    ['goto to step 0', cmd('goto', { chapter: 'ip-mode', step: 0 })],
    ['goto to step 1.5', cmd('goto', { chapter: 'ip-mode', step: 1.5 })],
    ['goto to a negative step', cmd('goto', { chapter: 'ip-mode', step: -1 })],
    ['goto to markup', cmd('goto', { chapter: 'ip-mode', step: '<img src=x>' })],
    ['goto with an object step', cmd('goto', { chapter: 'ip-mode', step: { id: 'x' } })],
    ['setMode to an unknown mode', cmd('setMode', { mode: 'cluster' })],
    ['setMode without a mode', cmd('setMode')],
    ['setLang to French', cmd('setLang', { lang: 'fr' })],
    ['setTheme to neon', cmd('setTheme', { theme: 'neon' })],
    ['setTheme with a number', cmd('setTheme', { theme: 1 })],
  ])('ignores %s', (_name, data) => {
    expect(parseCommand(data)).toBeNull();
  });

  it('ignores an object that is not plain (a class instance)', () => {
    class Fake {
      type = 'lbc-explainer:next';
    }
    expect(parseCommand(new Fake())).toBeNull();
  });

  it('reads a height message and ignores a bad one', () => {
    expect(parseHeight(cmd('height', { height: 517.4 }))).toBe(517);
    expect(parseHeight(cmd('height', { height: -1 }))).toBeNull();
    expect(parseHeight(cmd('height', { height: '500' }))).toBeNull();
    expect(parseHeight(cmd('width', { height: 500 }))).toBeNull();
  });
});

describe('embed options', () => {
  it('turns the compact player on with embed=1 only', () => {
    expect(isEmbedSearch('?embed=1')).toBe(true);
    expect(isEmbedSearch('?embed=true')).toBe(true);
    expect(isEmbedSearch('?embed=0')).toBe(false);
    expect(isEmbedSearch('?chapter=ip-mode')).toBe(false);
  });

  it('reads autoplay, speed, controls and allowOrigin', () => {
    expect(parseEmbedOptions('?embed=1')).toEqual({
      autoplay: false,
      speed: null,
      controls: true,
      allowOrigins: null,
    });
    expect(
      parseEmbedOptions(
        '?embed=1&autoplay=1&speed=2&controls=0&allowOrigin=https://wiki.example.com/x,http://127.0.0.1:8080',
      ),
    ).toEqual({
      autoplay: true,
      speed: 2,
      controls: false,
      allowOrigins: ['https://wiki.example.com', 'http://127.0.0.1:8080'],
    });
  });

  it('keeps the defaults for bad values', () => {
    const options = parseEmbedOptions(
      '?speed=100&autoplay=maybe&controls=x&allowOrigin=javascript:alert(1)',
    );
    expect(options).toEqual({ autoplay: false, speed: null, controls: true, allowOrigins: [] });
    expect(parseEmbedOptions('?speed=0.1').speed).toBeNull();
    expect(parseEmbedOptions('?speed=NaN').speed).toBeNull();
    expect(parseEmbedOptions('?speed=0.25').speed).toBe(0.25);
  });

  it('opens the full app at the same state, without the embed parameters', () => {
    expect(
      fullAppSearch(
        '?lang=ko&chapter=ip-mode&step=3&mode=ip&embed=1&autoplay=1&controls=0&speed=2&allowOrigin=x',
      ),
    ).toBe('?lang=ko&chapter=ip-mode&step=3&mode=ip');
  });
});

describe('theme from a host', () => {
  it('accepts ours and the colour modes a Confluence macro passes', () => {
    expect(themeFromParam('light')).toBe('light');
    expect(themeFromParam('DARK')).toBe('dark');
    expect(themeFromParam('system')).toBe('system');
    expect(themeFromParam('auto')).toBe('system');
    expect(themeFromParam('original')).toBe('light');
    expect(themeFromParam('neon')).toBeNull();
  });

  it('is read by the address without a notice', () => {
    expect(parseUrl('?theme=auto', ['en'])).toMatchObject({ theme: 'system', problems: [] });
    expect(parseUrl('?theme=system', ['en'])).toMatchObject({ theme: 'system', problems: [] });
    expect(parseUrl('?theme=Dark', ['en'])).toMatchObject({ theme: 'dark', problems: [] });
  });
});
