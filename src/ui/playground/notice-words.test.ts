import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { runPlayground } from '../../lesson/playground/run-playground.ts';
import { noticeWords } from './notice-words.ts';

const app = readFileSync(
  new URL('../../../content/playground/app-ip.yaml', import.meta.url),
  'utf8',
);
const withExtras = `${app}---
apiVersion: v1
kind: Service
metadata: { name: legacy, namespace: shop }
spec:
  type: LoadBalancer
  loadBalancerClass: example.com/other
  selector: { app: web }
  ports: [{ port: 80 }]
---
kind: SimulatorSettings
apiVersion: sim/v1
spec:
  flags: { serviceMutatorWebhook: maybe }
`;

describe('the simulator’s assumptions and notes in the reader’s language', () => {
  const result = runPlayground({
    text: withExtras,
    url: 'http://shop.example.com/',
    clientIp: '203.0.113.10',
    seed: 1,
  });

  it('has a Korean sentence for every assumption and note of an app pasted on its own', () => {
    expect(result.notes.length).toBeGreaterThanOrEqual(3);
    const ko = createTranslator('ko');
    for (const note of result.notes) {
      const said = noticeWords(note, ko);
      expect(said, note).not.toBe(note);
      expect(said).toMatch(/[가-힣]/);
      expect(said).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps the values: the Deployment, its replicas and the assumed nodePort', () => {
    const ko = createTranslator('ko');
    const pods = result.notes.find((n) => n.startsWith('Deployment'))!;
    expect(noticeWords(pods, ko)).toBe(
      'Deployment shop/web의 파드가 입력에 없어 Ready 상태의 파드 5개를 가정했습니다',
    );
    const port = result.notes.find((n) => n.includes('has no nodePort'))!;
    const nodePort = /: (\d+) assumed/.exec(port)![1]!;
    expect(noticeWords(port, ko)).toContain(`${nodePort}번으로 가정`);
  });

  it('shows text it does not know as it is', () => {
    expect(noticeWords('a remark from elsewhere', createTranslator('ko'))).toBe(
      'a remark from elsewhere',
    );
  });
});
