import { describe, expect, it } from 'vitest';
import { NOTICE_TEMPLATES, noticeText, readNotice, type NoticeCode } from './notices.ts';

describe('the simulator’s notices', () => {
  it('reads every notice back to its code and values, even with odd values', () => {
    for (const code of Object.keys(NOTICE_TEMPLATES) as NoticeCode[]) {
      const names = [...NOTICE_TEMPLATES[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params = Object.fromEntries(
        names.map((name, i) => [name, `<b>${name}</b> (x) $1 .* ${i}`]),
      );
      expect(readNotice(noticeText(code, params))).toEqual({ code, params });
    }
  });

  it('keeps the English the CLI prints', () => {
    expect(noticeText('deployment-pods', { deployment: 'shop/web', count: 5 })).toBe(
      'Deployment shop/web has no Pods in the input: 5 Ready Pods assumed',
    );
  });

  it('reads no code from other text', () => {
    expect(readNotice('something else entirely')).toBeNull();
    expect(readNotice('')).toBeNull();
  });
});
