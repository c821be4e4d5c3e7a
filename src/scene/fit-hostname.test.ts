import { describe, expect, it } from 'vitest';
import { fitHostname, hostnameLines } from './fit-hostname.ts';
import { textWidth } from './text-width.ts';

const ALB = 'k8s-default-domainin-ff2d9f1492-2075818906.us-west-2.elb.amazonaws.com';
const NLB = 'k8s-default-shop-1a2b3c4d5e-1234567890abcdef.elb.ap-northeast-2.amazonaws.com';
/** An Ingress row's detail: a 250-unit card less its borders, padding and icon, at 12 px. */
const ROOM = 208;
const FONT = 12;

describe('fitHostname', () => {
  it('keeps a name that fits', () => {
    expect(fitHostname('api.example.com', ROOM, FONT)).toBe('api.example.com');
  });

  it("keeps an ALB's .elb.amazonaws.com end whole, and its start", () => {
    const shown = fitHostname(ALB, ROOM, FONT);
    expect(textWidth(shown, FONT)).toBeLessThanOrEqual(ROOM);
    const [start = '', end = ''] = shown.split('…');
    expect(end.startsWith('.') && end.endsWith('.elb.amazonaws.com')).toBe(true);
    expect(start.length).toBeGreaterThan(3);
    expect(ALB.startsWith(start)).toBe(true);
  });

  it('cuts a name without dots in its middle', () => {
    const shown = fitHostname('x'.repeat(80), ROOM, FONT);
    expect(shown).toContain('…');
    expect(textWidth(shown, FONT)).toBeLessThanOrEqual(ROOM);
  });
});

describe('hostnameLines', () => {
  it('keeps the load balancer name whole on the first line and the DNS end on the last', () => {
    const [first = '', last = '', ...more] = hostnameLines(ALB, ROOM, FONT, 2);
    expect(more).toEqual([]);
    expect(first).toBe('k8s-default-domainin-ff2d9f1492-');
    expect(last).toMatch(/^2075.*….*\.elb\.amazonaws\.com$/);
    for (const line of [first, last]) expect(textWidth(line, FONT)).toBeLessThanOrEqual(ROOM);
  });

  it('gives the whole name when its lines hold it, broken after a "-" or a "."', () => {
    const lines = hostnameLines(ALB, ROOM, FONT, 3);
    expect(lines.join('')).toBe(ALB);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[-.]$/);
  });

  it("keeps an NLB's name start and its amazonaws.com end", () => {
    const [first = '', last = ''] = hostnameLines(NLB, ROOM, FONT, 2);
    expect(first).toBe('k8s-default-shop-1a2b3c4d5e-');
    expect(last).toMatch(/….*\.amazonaws\.com$/);
  });

  it('is the name itself when it fits on one line', () => {
    expect(hostnameLines('api.example.com', ROOM, FONT, 2)).toEqual(['api.example.com']);
  });
});
