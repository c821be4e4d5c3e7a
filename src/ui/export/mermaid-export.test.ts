// @vitest-environment jsdom
import type mermaidModule from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLesson } from '../../lesson/build-lesson.ts';
import { settledFrame, type OkLesson } from '../../lesson/frame.ts';
import type { ChapterId, TargetMode } from '../../lesson/chapters.ts';
import { flowchartOf, mermaidText, sequenceOf } from './mermaid-export.ts';

type Mermaid = typeof mermaidModule;
let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
}, 60_000);

async function lessonOf(chapterId: ChapterId, mode: TargetMode): Promise<OkLesson> {
  const lesson = await buildLesson({ chapterId, mode, custom: null });
  if (!lesson.ok) throw new Error(`${chapterId} did not resolve`);
  return lesson;
}

/** Resolves to the diagram type, or rejects with the parser's message. */
const parse = async (text: string) => {
  const result = await mermaid.parse(text);
  return result ? result.diagramType : null;
};

describe('Mermaid export', () => {
  it('keeps labels from breaking out of their quotes', () => {
    expect(mermaidText('a "b" <c>; #1')).toBe('a #quot;b#quot; #lt;c#gt;#59; #35;1');
  });

  for (const [chapterId, mode] of [
    ['instance-mode', 'instance'],
    ['ip-mode', 'ip'],
    ['controller-overview', 'instance'],
  ] as const)
    it(`writes a flowchart and a sequence that mermaid parses: ${chapterId} (${mode}), every step`, async () => {
      const lesson = await lessonOf(chapterId, mode);
      for (let index = 0; index < lesson.steps.length; index++) {
        const frame = settledFrame(lesson, index)!;
        const flowchart = flowchartOf(frame, { title: `${chapterId} step ${index + 1}` });
        expect(flowchart).toMatch(/^%% .*\nflowchart LR\n/);
        expect(flowchart).not.toContain('architecture');
        await expect(parse(flowchart), flowchart).resolves.toMatch(/flowchart/);
        const sequence = sequenceOf(frame);
        await expect(parse(sequence), sequence).resolves.toBe('sequence');
      }
    }, 60_000);

  it('marks the active hop and carries the addresses of each arrow', async () => {
    const lesson = await lessonOf('instance-mode', 'instance');
    const index = lesson.steps.findIndex((_, i) => settledFrame(lesson, i)?.packet);
    const frame = settledFrame(lesson, index)!;
    const flowchart = flowchartOf(frame);
    expect(flowchart).toMatch(/==>\|"[^"]+"\|/);
    expect(flowchart).toMatch(/linkStyle \d+ stroke:#d9480f/);
    const sequence = sequenceOf(frame);
    for (const party of ['client', 'lb', 'node', 'pod'])
      expect(sequence).toContain(`participant ${party}`);
    expect(sequence).toMatch(/client->>lb: /);
    expect(sequence).toMatch(/-->>client: /);
    expect(sequence).toContain(frame.run.trace.request.clientIp);
    // DNS answers with the load balancer's address (where the client connects next), not the
    // resolver's own.
    const dns = frame.run.trace.hops.find((h) => h.at === 'dns')!;
    const client = frame.run.trace.hops.find((h) => h.at === 'client')!;
    const answer = /dns-->>client: ([^\n]+)/.exec(sequence)?.[1];
    expect(answer).toBe(client.dst.split(':')[0]);
    expect(answer).not.toBe(dns.dst.split(':')[0]);
  });

  it('is rejected by mermaid when broken (the check can fail)', async () => {
    await expect(parse('flowchart LR\n  n1["a"] --> \n  subgraph')).rejects.toThrow();
  });
});
