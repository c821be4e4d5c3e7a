import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { wrapName } from './name-lines.ts';

/** A pod row's room: a 250-unit card less its borders and padding, in the row's 12.5 px font. */
const ROOM = 228;
const FONT = 12.5;

describe('wrapName', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapName('domain-api-1', ROOM, FONT)).toEqual(['domain-api-1']);
  });

  it('breaks after the namespace, so the object name stays in one piece', () => {
    expect(wrapName('kube-system/aws-load-balancer-controller', ROOM, FONT)).toEqual([
      'kube-system/',
      'aws-load-balancer-controller',
    ]);
  });

  it("puts a rule's host on one line and its path on the next", () => {
    expect(wrapName('1: api.example.com + /location | /location/*', 216, FONT)).toEqual([
      '1: api.example.com +',
      '/location | /location/*',
    ]);
  });

  it('breaks a pod name after a dash, keeping its ReplicaSet hash and suffix together', () => {
    expect(wrapName('aws-load-balancer-controller-7d9f6c5b8-x2k4p', ROOM, FONT)).toEqual([
      'aws-load-balancer-controller-',
      '7d9f6c5b8-x2k4p',
    ]);
  });

  it('cuts the middle of the last line only when the name is longer than all its lines', () => {
    const name = `svc-${'abcdefghij'.repeat(12)}-end`;
    const lines = wrapName(name, ROOM, FONT, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…/);
    expect(lines[1]).toMatch(/-end$/);
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(ROOM);
    // With one line allowed, the name is cut in the middle as before.
    expect(wrapName('kube-system/aws-load-balancer-controller', ROOM, FONT, 1)[0]).toMatch(/…/);
  });
});
