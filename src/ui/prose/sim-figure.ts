import type { Lesson } from '../../lesson/lesson-time.ts';

/**
 * A figure from one of the lesson's runs: `total` requests, `status:<code>` (how many got that
 * status), `percent:<code>` (their share, one decimal). Null when the run or metric is unknown.
 */
export function simFigure(lesson: Lesson, variant: string, metric: string): number | null {
  if (!lesson.ok) return null;
  const run = lesson.runs[variant];
  if (!run) return null;
  const { total, byStatus } = run.requests;
  if (metric === 'total') return total;
  const match = /^(status|percent):(\d{1,3})$/.exec(metric);
  if (!match) return null;
  const count = byStatus[match[2]!] ?? 0;
  if (match[1] === 'status') return count;
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
