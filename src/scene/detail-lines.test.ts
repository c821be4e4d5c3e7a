import { describe, expect, it } from 'vitest';
import { DETAIL_FONT_PX, detailLinesOf } from './detail-lines.ts';
import { textWidth } from './text-width.ts';

// A target row in a target group's card (change-over-time, scale-out in ip mode): two new pods
// whose names differ only in their last characters.
const ROW = { width: 270 };
const PODS = ['domain-api-cnktvfpwxr-kvj4t', 'domain-api-cnktvfpwxr-b46ph'];

describe("a compact row's detail on one line", () => {
  it('is kept whole when it fits', () => {
    expect(detailLinesOf('domain-api-1', ROW)).toEqual(['domain-api-1']);
  });

  it('is cut in its middle beside a badge, so two pods that differ at the end stay apart', () => {
    const badge = 90;
    const [a = '', b = ''] = PODS.map((pod) => detailLinesOf(pod, ROW, badge));
    for (const [lines, pod] of [
      [a, PODS[0]!],
      [b, PODS[1]!],
    ] as const) {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('…');
      expect(pod.endsWith(lines[0]!.split('…')[1]!)).toBe(true);
      expect(pod.startsWith(lines[0]!.split('…')[0]!)).toBe(true);
    }
    expect(a[0]).not.toBe(b[0]);
    expect(textWidth(a[0]!, DETAIL_FONT_PX)).toBeLessThan(ROW.width - badge);
  });

  it("keeps a list's items whole and counts the ones it leaves out (an ENI's addresses)", () => {
    const eni = '+ 10.0.1.101, 10.0.1.102, 10.0.1.50, 10.0.1.103, 10.0.1.104';
    const [line = ''] = detailLinesOf(eni, { width: 250 });
    expect(line).toMatch(/^\+ 10\.0\.1\.101, (10\.0\.1\.\d+, )*…\+\d$/);
    const kept = line.split(', ').length - 1;
    expect(line.endsWith(`…+${5 - kept}`)).toBe(true);
    expect(textWidth(line, DETAIL_FONT_PX)).toBeLessThanOrEqual(250);
  });

  it('has the whole width when its badge has a line of its own', () => {
    const long = 'domain-api-cnktvfpwxr-kvj4t';
    expect(detailLinesOf(long, { ...ROW, badgeLine: true }, 200)).toEqual([long]);
  });
});
