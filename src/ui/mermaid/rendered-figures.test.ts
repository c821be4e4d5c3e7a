import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramFiles, diagramNames } from './diagram-sources.ts';
import { figuresMermaidVersion, renderedFigures } from './rendered-figures.generated.ts';
import { prefetchFigures, renderedFigure } from './rendered-figures.ts';
import { sourceHash } from './source-hash.ts';

const svgs = import.meta.glob<string>('./rendered/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const installed = JSON.parse(
  readFileSync(new URL('../../../node_modules/mermaid/package.json', import.meta.url), 'utf8'),
) as { version: string };
const themes = ['light', 'dark'] as const;

describe('the pre-rendered figures (src/ui/mermaid/rendered)', () => {
  it('were drawn from every diagram as it is now — when this fails, run `npm run figures`', () => {
    const stale = [...diagramFiles]
      .filter(([file, code]) => renderedFigures[file]?.hash !== sourceHash(code))
      .map(([file]) => `content/diagrams/${file}.mmd`);
    expect(stale, 'changed or new since `npm run figures`').toEqual([]);
    const gone = Object.keys(renderedFigures).filter((file) => !diagramFiles.has(file));
    expect(gone, 'drawn from a diagram that is gone: run `npm run figures`').toEqual([]);
  });

  it('were drawn by the mermaid installed — when this fails, run `npm run figures`', () => {
    expect(figuresMermaidVersion).toBe(installed.version);
  });

  it('have an SVG per theme, each with an id of its own, and none left over', () => {
    const expected = Object.entries(renderedFigures)
      .filter(([, entry]) => entry.error === undefined)
      .flatMap(([file]) => themes.map((theme) => `./rendered/${file}.${theme}.svg`));
    expect(Object.keys(svgs).sort()).toEqual(expected.sort());
    const ids = Object.values(svgs).map((svg) => /^<svg id="([^"]+)"/.exec(svg)?.[1]);
    expect(ids).not.toContain(undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderedFigure', () => {
  it('gives the picture of the theme asked for, or mermaid’s message', async () => {
    const file = 'setup-corrected.ko';
    const code = diagramFiles.get(file)!;
    const light = await renderedFigure(file, code, false);
    const dark = await renderedFigure(file, code, true);
    expect(light).toEqual({ ok: true, svg: svgs[`./rendered/${file}.light.svg`] });
    expect(dark).toEqual({ ok: true, svg: svgs[`./rendered/${file}.dark.svg`] });
    const broken = await renderedFigure(
      'setup-as-written',
      diagramFiles.get('setup-as-written')!,
      false,
    );
    expect(broken).toMatchObject({ ok: false, error: expect.stringContaining('Parse error') });
  });

  it('has none for a text it was not drawn from (the page draws that one with mermaid)', () => {
    const file = 'setup-corrected.en';
    expect(renderedFigure(file, `${diagramFiles.get(file)!}\n    A --> B`, false)).toBeNull();
    expect(renderedFigure('no-such-diagram.en', 'graph TD\n  A --> B', false)).toBeNull();
  });

  it('prefetches every diagram of a language and theme', async () => {
    const results = (await prefetchFigures('ko', true)) as PromiseSettledResult<unknown>[];
    expect(results).toHaveLength(diagramNames.length);
    expect(results.every((r) => r.status === 'fulfilled' && r.value !== null)).toBe(true);
  });
});
