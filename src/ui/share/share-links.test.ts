import { describe, expect, it } from 'vitest';
import { fileName } from '../export/file-name.ts';
import { hostRecipes, SHARE_HOSTS, shareLinks, type SharePlace } from './share-links.ts';

const place: SharePlace = {
  chapter: 'ip-mode',
  step: 'alb-picks-a-pod',
  mode: 'ip',
  lang: 'ko',
  theme: 'dark',
  scenario: null,
};
const base = 'https://docs.example.com/lbc/';
const links = shareLinks(base, place, 'AWS Load Balancer Controller, explained');
const files = { svg: fileName(place, 'svg'), png: fileName(place, 'png') };

describe('hostRecipes', () => {
  const recipes = hostRecipes({
    links,
    files,
    caption: 'ip mode [draft], step 4 of 10 (ip)',
    flowchart: 'flowchart LR\n  a --> b',
  });

  it('gives every host a snippet with no placeholder left in it', () => {
    for (const host of SHARE_HOSTS) {
      expect(recipes[host].length).toBeGreaterThan(0);
      expect(recipes[host]).not.toMatch(/diagram\.(svg|png)|\(link\)|link=…/);
    }
  });

  it('points the frame recipes at the embed address and the others at this step', () => {
    expect(recipes.confluenceCloud).toBe(links.embedSrc);
    expect(recipes.notion).toContain('embed=1');
    expect(recipes.confluenceDc).toBe(links.iframe);
    expect(links.link).not.toContain('embed=1');
    expect(recipes.github).toBe(
      `[![ip mode \\[draft\\], step 4 of 10 (ip)](lbc-ip-mode-alb-picks-a-pod-ip.svg)](${links.link})`,
    );
    expect(recipes.mediawiki).toContain(
      `[[File:lbc-ip-mode-alb-picks-a-pod-ip.png|link=${links.link}|`,
    );
    expect(recipes.gitlab).toMatch(/^```mermaid\nflowchart LR\n {2}a --> b\n```\n\n\[.*\]\(https:/);
  });

  it('links to the step on its own until the Mermaid text is written', () => {
    const early = hostRecipes({ links, files, caption: 'x', flowchart: null });
    expect(early.gitlab).toBe(`[x](${links.link})`);
  });
});
