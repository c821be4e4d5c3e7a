import { describe, expect, it } from 'vitest';
import { detailLinesOf } from './detail-lines.ts';
import { isCompactCard } from './name-lines.ts';
import { scenarioTimeline as setup } from './test-support/scenario-timeline.ts';

describe("an Ingress's address on its card", () => {
  const { events, scenes } = setup('seed-instance.yaml');
  const written = events.findIndex((e) => e.kind === 'status-updated');
  const address = events[written]?.kind === 'status-updated' ? events[written].hostname : '';
  const ingress = (i: number) =>
    scenes.at(i).scene.nodes.find((n) => n.id === 'ingress:default/domain-ingress')!;

  it('is laid out with room for the address it takes later: a second detail line', () => {
    expect(address).toMatch(/\.elb\.amazonaws\.com$/);
    const before = ingress(written - 1);
    expect(before.detail).toBeNull();
    expect(before.detailLines).toBe(2);
    // Still a compact row (name, then its detail), only taller.
    expect(isCompactCard(before)).toBe(true);
    const after = ingress(written);
    expect(after.detail).toBe(address);
    expect({ y: after.y, height: after.height }).toEqual({ y: before.y, height: before.height });
  });

  it("shows the load balancer's name whole, then the address's end, never cut at its end", () => {
    const lines = detailLinesOf(address, ingress(written));
    const lbName = address.split('.')[0]!.replace(/-\d+$/, '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`${lbName}-`);
    expect(lines[1]).toMatch(/\.elb\.amazonaws\.com$/);
  });
});
