import { describe, expect, it } from 'vitest';
import { runScenario } from '../../lesson/chapter-run.ts';
import type { EventStep } from '../../lesson/chapter-steps.ts';
import { seedScenario } from '../../lesson/seed-scenario.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { describeEvent } from './describe-event.ts';
import { narrateEventStep, queueCauseWords, queueKeyWords } from './narrate-event.ts';

const eventSteps = (mode: 'instance' | 'ip') => {
  const run = runScenario(seedScenario, mode);
  if (!run.ok) throw new Error('the seed does not parse');
  return run.steps.filter((s): s is EventStep => s.kind === 'event');
};

describe('narrateEventStep', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`tells every controller step of the seed in ${locale}, with every value filled in`, () => {
      const t = createTranslator(locale);
      for (const mode of ['instance', 'ip'] as const)
        for (const step of eventSteps(mode)) {
          const text = narrateEventStep(step, t);
          expect(text).not.toMatch(/\{\w+\}|sim\.|undefined/);
          expect(text.length).toBeGreaterThan(10);
        }
    });
  }

  it('names the operation and what it does', () => {
    const t = createTranslator('en');
    const listener = eventSteps('instance').find(
      (s) => s.event.kind === 'aws-call' && s.event.operation === 'CreateListener',
    )!;
    expect(narrateEventStep(listener, t)).toBe(
      'The controller calls elbv2:CreateListener, and AWS answers OK. The listener now accepts connections on its port.',
    );
    expect(narrateEventStep(listener, createTranslator('ko'))).toContain(
      'elbv2:CreateListener API를 호출하고',
    );
  });

  it('folds the informers’ first list into one sentence', () => {
    const list = eventSteps('instance').find((s) => s.listed !== null)!;
    expect(narrateEventStep(list, createTranslator('en'))).toContain(
      '5 objects: IngressClass, Node, Service, EndpointSlice',
    );
  });
});

describe('the work queue in the reader’s words (issue #13, narration)', () => {
  const ko = createTranslator('ko');
  const en = createTranslator('en');

  it('names the object behind a queue key, never the internal key', () => {
    expect(queueKeyWords('stack:ingress:default/domain-ingress', en)).toBe(
      'the Ingress group default/domain-ingress',
    );
    expect(queueKeyWords('stack:service:default/location-nlb', ko)).toBe(
      'Service default/location-nlb',
    );
    expect(queueKeyWords('tgb:default/domain-ingress-location-api:80', ko)).toBe(
      '대상 그룹 default/domain-ingress-location-api:80의 TargetGroupBinding',
    );
  });

  it('translates every cause the simulator writes, and keeps English out of Korean', () => {
    const causes = [
      'initial list',
      'objects applied',
      'credentials refresh',
      'leader elected',
      'retry 1',
      'TargetGroupBinding created',
      'requeue: targets not healthy yet',
      'EndpointSlice default/location-api changed',
      'Ingress default/web deleted',
      'something new',
    ];
    const korean = causes.map((c) => queueCauseWords(c, ko));
    expect(korean).toEqual([
      '처음 목록 조회(list)',
      '매니페스트 적용',
      '자격 증명 갱신',
      '이 파드의 리더 선출',
      '1번째 재시도',
      'TargetGroupBinding 생성',
      '아직 정상(healthy)이 되지 않은 대상',
      'EndpointSlice default/location-api 변경',
      'Ingress default/web 삭제',
      '클러스터 변경',
    ]);
    expect(queueCauseWords('retry 2', en)).toBe('retry 2');
  });

  it('tells the seed’s queue steps in Korean without internal keys or English causes', () => {
    const queued = eventSteps('ip').filter(
      (s) => s.event.kind === 'enqueue' || s.event.kind === 'retry-scheduled',
    );
    expect(queued.length).toBeGreaterThan(1);
    for (const step of queued) {
      const text = narrateEventStep(step, ko);
      expect(text).not.toMatch(/stack:|tgb:|initial list|retry \d|created\)/);
      // No parentheses inside parentheses ("넣습니다(처음 목록을 조회(list)한 직후)").
      expect(text).not.toMatch(/\([^()]*\(/);
    }
  });
});

describe('describeEvent', () => {
  it('shows an AWS call’s request and response as JSON text', () => {
    const call = eventSteps('instance').find(
      (s) => s.event.kind === 'aws-call' && s.event.operation === 'CreateLoadBalancer',
    )!;
    const view = describeEvent(call);
    expect(view.rows.map((r) => r.value)).toContain('elbv2:CreateLoadBalancer');
    expect(view.documents.map((d) => d.label)).toEqual(['event.request', 'event.response']);
    expect(() => {
      for (const d of view.documents) JSON.parse(d.json);
    }).not.toThrow();
  });

  it('shows a health change with its reason, and the registrations of RegisterTargets', () => {
    const steps = eventSteps('ip');
    const healthy = steps.find((s) => s.event.kind === 'target-health')!;
    expect(describeEvent(healthy).health).toEqual({
      before: 'initial',
      after: 'healthy',
      reason: null,
    });
    const register = steps.find(
      (s) => s.event.kind === 'aws-call' && s.event.operation === 'RegisterTargets',
    )!;
    const rows = describeEvent(register).rows.filter((r) => r.label === 'event.health');
    expect(rows).toHaveLength(4);
    expect(rows[0]?.value).toMatch(/^10\.0\.1\.101:8000: – → initial$/);
  });

  it('shows a watch event’s verb and object', () => {
    const watch = eventSteps('instance').find(
      (s) => s.event.kind === 'watch' && s.listed === null,
    )!;
    expect(describeEvent(watch).rows.map((r) => r.value)).toEqual(
      expect.arrayContaining(['ADDED', 'Ingress default/domain-ingress']),
    );
  });
});
