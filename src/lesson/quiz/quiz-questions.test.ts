import { describe, expect, it } from 'vitest';
import { chapterSpecs } from '../catalogue.ts';
import { lessonOf } from '../lesson.ts';
import { isNextHop, nextHopQuestion } from './next-hop-question.ts';
import { registeredTargetQuestion } from './registered-target-question.ts';

const seeds = [1, 2, 3, 42, 1234, 99999];

describe('registered-target questions', () => {
  for (const [id, spec] of chapterSpecs)
    for (const question of spec.quiz.filter((q) => q.kind === 'registered-target'))
      for (const mode of spec.modes)
        it(`${id}/${question.id} in ${mode}: one right answer among distinct options`, () => {
          for (const seed of seeds) {
            const q = registeredTargetQuestion(spec.scenario, mode, seed);
            expect(q, `seed ${seed}`).not.toBeNull();
            expect(new Set(q!.options).size).toBe(q!.options.length);
            expect(q!.options.filter((o) => o === q!.answer)).toHaveLength(1);
            // Instance mode registers an instance ID on the NodePort; ip mode a pod IP on its port.
            if (mode === 'instance')
              expect(q!.answer).toBe(`${q!.answer.split(':')[0]}:${q!.nodePort}`);
            else expect(q!.answer).toMatch(/^\d+\.\d+\.\d+\.\d+:\d+$/);
            if (mode === 'instance') expect(q!.answer).toMatch(/^i-/);
          }
        });

  it('asks different NodePorts for different seeds (answers cannot be learnt by heart)', () => {
    const spec = chapterSpecs.get('instance-mode')!;
    const ports = new Set(
      seeds.map((s) => registeredTargetQuestion(spec.scenario, 'instance', s)!.nodePort),
    );
    expect(ports.size).toBeGreaterThan(3);
  });
});

describe('next-hop questions', () => {
  for (const [id, spec] of chapterSpecs)
    for (const question of spec.quiz.filter((q) => q.kind === 'next-hop'))
      for (const mode of spec.modes)
        it(`${id}/${question.id} in ${mode}: the next element differs and a click on it is right`, () => {
          const lesson = lessonOf(spec, mode);
          if (!lesson.ok) throw new Error('no lesson');
          const run =
            lesson.runs[question.kind === 'next-hop' ? (question.variant ?? 'main') : 'main']!;
          for (const seed of seeds) {
            const q = nextHopQuestion(
              run.world,
              question.kind === 'next-hop' ? question.urls : [],
              seed,
            );
            expect(q, `seed ${seed}`).not.toBeNull();
            expect(q!.next.to).not.toBe(q!.at.to);
            const same = (x: string) => x;
            expect(isNextHop(q!, q!.next.to, same)).toBe(true);
            expect(isNextHop(q!, q!.at.to, same)).toBe(false);
          }
        });
});
