import { describe, expect, it } from 'vitest';
import { detailLinesOf } from '../scene/detail-lines.ts';
import { isCompactCard } from '../scene/name-lines.ts';
import { textWidth } from '../scene/text-width.ts';
import type { SceneNode } from '../scene/scene-model.ts';
import { chapterSpecs } from './catalogue.ts';
import { chapterIds } from './chapters.ts';
import { frameAt, settledFrame } from './frame.ts';
import { lessonOf } from './lesson.ts';

/**
 * A warning's badge ("Warning FailedBuildModel", "경고 FailedBuildModel") on a row (an Ingress, a
 * TargetGroupBinding) gets a line of its own, laid out from the start: beside the row's detail it
 * squeezed an Ingress's address to "k8s-/s…m" and its caption to "Ing…".
 */
const warned = (node: SceneNode) => node.badge?.text.key === 'badge.warning';

/** Every row that shows a warning at some settled step of some chapter, with where it shows. */
const warnedRows = chapterIds
  .filter((id) => id !== 'playground')
  .flatMap((id) => {
    const spec = chapterSpecs.get(id)!;
    return spec.modes.flatMap((mode) => {
      const lesson = lessonOf(spec, mode);
      if (!lesson.ok) return [];
      return lesson.steps.flatMap((step, index) => {
        const frame = settledFrame(lesson, index);
        return (frame?.scene.nodes ?? []).filter(warned).map((node) => ({
          where: `${id} ${mode} ${step.id} ${node.id}`,
          node,
          frame: frame!,
          lesson,
        }));
      });
    });
  });

describe("a warning's badge on a row", () => {
  it('shows in the chapters that teach a failed reconcile (https-and-groups, irsa)', () => {
    const where = warnedRows.map((r) => r.where).join('\n');
    expect(where).toMatch(/^https-and-groups ip mixed-schemes ingress:/m);
    expect(where).toMatch(/^irsa \S+ oidc-missing ingress:/m);
  });

  it('has a line of its own, a line taller, in the same place at every step of the run', () => {
    for (const { where, node, frame, lesson } of warnedRows) {
      expect(node.badgeLine, where).toBe(true);
      expect(isCompactCard(node), where).toBe(true);
      // The room was there before the warning came: the run's first moment has the card as tall.
      const start = lesson.steps
        .map((s) => frameAt(lesson, s.startMs))
        .find((f) => f?.run === frame.run);
      const before = start?.scene.nodes.find((n) => n.id === node.id);
      if (before)
        expect({ y: before.y, height: before.height }, where).toEqual({
          y: node.y,
          height: node.height,
        });
    }
  });

  it("leaves an Ingress's address the card's whole width, however long the badge's words", () => {
    const withAddress = warnedRows.filter(
      (r) => r.node.kind === 'ingress' && (r.node.detailLines ?? 1) > 1 && r.node.detail,
    );
    expect(withAddress.length).toBeGreaterThan(0);
    for (const { where, node } of withAddress) {
      const alone = detailLinesOf(node.detail!, node);
      const badge = textWidth('경고 FailedBuildModel', 12) + 26;
      expect(detailLinesOf(node.detail!, node, badge), where).toEqual(alone);
      // On the lines laid out for it: its start up to a "-" or a ".", then its end.
      expect(alone, where).toHaveLength(node.detailLines!);
      expect(node.detail!.startsWith(alone[0]!), where).toBe(true);
      expect(alone[0], where).toMatch(/^k8s-.{12,}[-.]$/);
      expect(alone.at(-1), where).toMatch(/\.elb\.amazonaws\.com$/);
    }
  });
});
