import { describe, expect, it } from 'vitest';
import { seedScenario } from './seed-scenario.ts';
import { runScenario } from './chapter-run.ts';
import { SEGMENT_MS } from '../scene/packet-timeline.ts';
import { packetViewAt } from './packet-view.ts';

const run = runScenario(seedScenario, 'instance');
const timeline = run.ok ? run.timeline : { segments: [], durationMs: 0 };
/** The middle of the travel to the target (the hop where the ALB opens its own connection). */
const toTarget = timeline.segments.find((s) => s.hop.at === 'target-group')!;
const halfway = toTarget.startMs + toTarget.travelMs / 2;

describe('packetViewAt', () => {
  it('glides along the current segment and is labelled with the destination it carries', () => {
    expect(packetViewAt(timeline, halfway, false)).toEqual({
      from: 'rule:default/domain-ingress/443/1',
      to: 'target:default/domain-ingress-location-api:80/i-0bbbbbbbbbbbbbbbb:31666',
      progress: 0.5,
      direction: 'request',
      label: '10.0.2.20:31666',
    });
  });

  it('does not glide with reduced motion: it waits at the start, and arrives at the very end', () => {
    expect(packetViewAt(timeline, halfway, true)?.progress).toBe(0);
    expect(packetViewAt(timeline, timeline.durationMs, true)).toMatchObject({
      to: 'client',
      progress: 1,
      direction: 'response',
    });
  });

  it('stands at a NAT hop for a beat after it arrives, then goes on', () => {
    expect(toTarget.hold).toBe('nat');
    expect(toTarget.endMs - toTarget.startMs).toBeGreaterThan(SEGMENT_MS);
    const standing = packetViewAt(timeline, toTarget.endMs - 1, false);
    expect(standing).toMatchObject({ to: toTarget.to, progress: 1 });
    expect(packetViewAt(timeline, toTarget.endMs + 1, false)?.to).not.toBe(toTarget.to);
  });

  it('is null when there is no trace to play', () => {
    expect(packetViewAt({ segments: [], durationMs: 0 }, 0, false)).toBeNull();
  });
});
