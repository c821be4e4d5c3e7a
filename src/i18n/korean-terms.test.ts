import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../content/glossary/define-term.ts';

/**
 * Reader-visible text keeps one term per idea in Korean (content/glossary/README.md) and never
 * names the notes the course started from (issue #13, "Language").
 */
const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const list = (dir: string, pattern: RegExp) =>
  readdirSync(join(root, dir))
    .filter((name) => pattern.test(name))
    .map((name) => `${dir}/${name}`);

/** MDX without its `{/* … *\/}` comments. */
const mdxText = (path: string) => read(path).replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
/** A message catalog without its comments. */
const tsText = (path: string) =>
  read(path)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
/** Mermaid without its `%%` comment lines. */
const mermaidText = (path: string) => read(path).replace(/^\s*%%.*$/gm, '');

const glossaryModules = import.meta.glob<Record<string, GlossaryEntry>>(
  '../../content/glossary/*-terms.ts',
  { eager: true, import: 'default' },
);
const glossaryText = (locale: 'en' | 'ko') =>
  Object.entries(glossaryModules).map(([path, terms]) => ({
    path: `${path} (${locale})`,
    text: Object.values(terms)
      .map((entry) => `${entry[locale].term}\n${entry[locale].definition}`)
      .join('\n'),
  }));

/** Every piece of reader-visible text in one language, with where it came from. */
function readerText(locale: 'en' | 'ko'): { path: string; text: string }[] {
  const other = locale === 'en' ? 'ko' : 'en';
  return [
    ...list('content/chapters', /^[a-z0-9-]+$/)
      .filter((dir) => existsSync(join(root, dir, `${locale}.mdx`)))
      .map((dir) => ({ path: `${dir}/${locale}.mdx`, text: mdxText(`${dir}/${locale}.mdx`) })),
    ...list('src/i18n', new RegExp(`\\.${locale}\\.ts$`)).map((path) => ({
      path,
      text: tsText(path),
    })),
    ...glossaryText(locale),
    // A diagram in this language, or one shared by both (no language suffix).
    ...list('content/diagrams', new RegExp(`(?<!\\.${other})\\.mmd$`)).map((path) => ({
      path,
      text: mermaidText(path),
    })),
  ];
}

interface Rule {
  pattern: RegExp;
  use: string;
}

/** Rejected Korean variants, and what to write instead (content/glossary/README.md). */
const koreanRules: Rule[] = [
  { pattern: /(?<!상태 확인\()헬스 ?체크/g, use: '상태 확인 (상태 확인(헬스 체크) at first use)' },
  { pattern: /등록 ?해제/g, use: '등록 취소, 등록 취소 지연' },
  { pattern: /리컨사일/g, use: '리컨실, 리컨실러' },
  { pattern: /조정/g, use: '리컨실 (or 늘립니다/바꿉니다)' },
  { pattern: /워크 ?큐/g, use: '작업 큐' },
  { pattern: /드레이닝/g, use: 'draining' },
  { pattern: /IP ?모드/g, use: 'ip 모드' },
  { pattern: /인스턴스 ?(\(NodePort\) ?)?모드/g, use: 'instance 모드' },
  { pattern: /프로젝티드|서비스 ?어카운트/g, use: 'projected ServiceAccount 토큰' },
  { pattern: /어노테이션/g, use: '애너테이션' },
  { pattern: /객체/g, use: '오브젝트' },
  { pattern: /기본 ?동작/g, use: '기본 작업 (a listener\'s default action, as AWS Korea writes it)' },
  // A particle that depends on the value's last sound, glued to the value.
  {
    pattern: /\}(?:[은는이가을를와과]|으?로|\((?:으|이|을|를|은|는)\))/g,
    use: 'a noun after the value ({pod} 파드가) or the value in parentheses after a noun',
  },
];

/** Never a word about the notes the course started from, in either language. */
const seedRule: Rule = {
  pattern: /\bseeds?\b|seed[’']s|원래 노트|시드/gi,
  use: 'what it is: a common explanation or diagram of this flow',
};

function violations(texts: { path: string; text: string }[], rules: Rule[]) {
  const found: string[] = [];
  for (const { path, text } of texts)
    for (const { pattern, use } of rules)
      for (const match of text.matchAll(pattern)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push(`${path}:${line} “${match[0]}” → ${use}`);
      }
  return found;
}

describe('reader-visible wording', () => {
  it('scans every chapter, catalog, glossary file and diagram', () => {
    const paths = readerText('ko').map((t) => t.path);
    expect(paths).toContain('content/chapters/ip-mode/ko.mdx');
    expect(paths).toContain('src/i18n/timeline-messages.ko.ts');
    expect(paths).toContain('content/diagrams/without-controller-corrected.ko.mmd');
    expect(paths.filter((p) => p.startsWith('../../content/glossary')).length).toBeGreaterThan(1);
    expect(paths.some((p) => p.endsWith('.en.mmd') || p.endsWith('en.mdx'))).toBe(false);
  });

  it('uses one Korean term per idea and no particle glued to a value', () => {
    expect(violations(readerText('ko'), koreanRules)).toEqual([]);
  });

  it('never calls the notes the course started from "seed notes", in either language', () => {
    expect(violations([...readerText('en'), ...readerText('ko')], [seedRule])).toEqual([]);
  });

  it('writes Korean step titles as noun phrases or plain statements, not …니다', () => {
    const titles = readerText('ko')
      .filter((t) => t.path.endsWith('.mdx'))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/(?:title|[a-z]+Title)="([^"]+)"/g)].map((m) => `${path}: ${m[1]}`),
      );
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter((t) => /니다\.?$|요\.?$/.test(t))).toEqual([]);
  });

  it('catches each rejected variant (the checks above can fail)', () => {
    const sample = [
      {
        path: 'x',
        text: '헬스 체크, 등록 해제 지연, 리컨사일러, 워크 큐, 드레이닝, IP 모드, {pod}가',
      },
      { path: 'y', text: 'the seed notes; 원래 노트' },
    ];
    expect(violations(sample, koreanRules)).toHaveLength(7);
    expect(violations(sample, [seedRule])).toHaveLength(2);
    expect(
      violations([{ path: 'z', text: '상태 확인(헬스 체크), {pod} 파드가' }], koreanRules),
    ).toEqual([]);
  });
});
