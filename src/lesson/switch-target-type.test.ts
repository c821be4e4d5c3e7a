import { describe, expect, it } from 'vitest';
import { chapterSpec } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { lessonOf } from './lesson.ts';
import type { TargetMode } from './chapters.ts';

const OLD = 'tg:default/domain-ingress-location-api:80';
const NEW = `${OLD}~2`;
const RULE = 'rule:default/domain-ingress/443/1';
const other = (mode: TargetMode): TargetMode => (mode === 'ip' ? 'instance' : 'ip');

/** ip-mode's switch steps: a live Ingress switches from the other target type into the mode read. */
describe.each(['ip', 'instance'] as const)(
  'ip-mode, switching the target type, in %s mode',
  (mode) => {
    const lesson = lessonOf(chapterSpec('ip-mode'), mode);
    if (!lesson.ok) throw new Error('ip-mode does not resolve');
    const settled = (id: string) => {
      const frame = settledFrame(
        lesson,
        lesson.steps.findIndex((s) => s.id === id),
      );
      if (!frame) throw new Error(`${id}: no settled frame`);
      return frame;
    };
    const node = (frame: ReturnType<typeof settled>, id: string) =>
      frame.scene.nodes.find((n) => n.id === id);
    const lines = (frame: ReturnType<typeof settled>) =>
      frame.scene.edges.map((e) => `${e.source} -> ${e.target}`);

    it('starts in the other type and creates a group of the mode read, empty, with rule 1 moved to it', () => {
      const frame = settled('switching-target-type');
      expect(node(frame, OLD)?.detail).toMatch(new RegExp(`^${other(mode)} · `));
      expect(node(frame, NEW)?.detail).toMatch(new RegExp(`^${mode} · `));
      expect(node(frame, NEW)?.badge?.text).toMatchObject({ params: { total: 0 } });
      expect(lines(frame)).toContain(`${RULE} -> ${NEW}`);
      expect(lines(frame)).not.toContain(`${RULE} -> ${OLD}`);
      expect(frame.emphasis.has(NEW)).toBe(true);
    });

    it('deletes the old group, and its run counts the 503s of the gap (the main run has none)', () => {
      const frame = settled('switch-503-gap');
      expect(node(frame, OLD)).toBeUndefined();
      expect(frame.emphasis.has(NEW)).toBe(true);
      const run = lesson.runs['switch-target-type'];
      expect(run?.requests.byStatus['503'] ?? 0).toBeGreaterThan(0);
      expect(lesson.runs.main?.requests.byStatus['503'] ?? 0).toBe(0);
      // The gap's traffic is told: a window with 503s is one of the step's parts.
      const step = lesson.steps.find((s) => s.id === 'switch-503-gap');
      const failed = step?.parts.some(
        (p) => p.kind === 'event' && p.event.kind === 'traffic' && (p.event.counts['503'] ?? 0) > 0,
      );
      expect(failed).toBe(true);
    });
  },
);
