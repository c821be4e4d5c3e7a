import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import type { OkLesson } from '../../lesson/frame.ts';
import { runPlayground } from '../../lesson/playground/run-playground.ts';
import { eventLines } from './event-lines.ts';

/** An app pasted on its own: no Nodes, no IngressClass, no controller pod. */
const appOnly = readFileSync(
  new URL('../../../content/playground/app-ip.yaml', import.meta.url),
  'utf8',
);

function lessonOf(text: string): OkLesson {
  const result = runPlayground({
    text,
    url: 'http://shop.example.com/',
    clientIp: '203.0.113.10',
    seed: 1,
  });
  if (!result.lesson?.ok) throw new Error('the app did not run');
  return result.lesson;
}

describe('eventLines (the playground’s controller events)', () => {
  const lesson = lessonOf(appOnly);

  for (const [locale, time] of [
    ['en', /^\d+\.\d{2} s$/],
    ['ko', /^\d+\.\d{2}초$/],
  ] as const)
    it(`keeps each time apart from its sentence, and leaves no value blank (${locale})`, () => {
      const lines = eventLines(lesson, createTranslator(locale));
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) {
        expect(line.time).toMatch(time);
        expect(line.text).not.toMatch(/^\d/);
        expect(line.text).not.toMatch(/\s{2}|\{\w+\}|\(\)|undefined|null/);
      }
    });

  it('says the controller pod is assumed, rather than naming an empty node', () => {
    const [first] = eventLines(lesson, createTranslator('en'));
    expect(first?.text).toContain('kube-system/aws-load-balancer-controller starts');
    expect(first?.text).toContain('assumed');
    expect(first?.text).not.toContain('on node');
    const [firstKo] = eventLines(lesson, createTranslator('ko'));
    expect(firstKo?.text).toContain('가정');
    expect(firstKo?.text).not.toContain('노드');
  });

  it('names the node when the manifests hold the controller pod', () => {
    const withPod = `${appOnly}
---
apiVersion: v1
kind: Pod
metadata:
  name: aws-load-balancer-controller-abc12
  namespace: kube-system
  labels: { app.kubernetes.io/name: aws-load-balancer-controller }
spec:
  nodeName: node-b
  containers: [{ name: controller, image: example/controller }]
status:
  podIP: 10.0.2.50
  conditions: [{ type: Ready, status: "True" }]
`;
    const [first] = eventLines(lessonOf(withPod), createTranslator('en'));
    expect(first?.text).toBe(
      'The controller pod kube-system/aws-load-balancer-controller-abc12 starts on node node-b and begins to watch the cluster.',
    );
  });
});
