import { useMemo } from 'react';
import { settledFrame, type OkLesson } from '../../lesson/frame.ts';
import { StaticDiagram } from './StaticDiagram.tsx';
import { useNearViewport } from '../shell/useNearViewport.ts';
import { usePrinting } from './usePrinting.ts';

/**
 * One step's still, drawn once it comes near the viewport (or when the page prints): a chapter
 * in reading mode has up to twenty of them, and drawing them all at once held the page for a
 * few hundred milliseconds. Until then its place is held, and it is named like the picture.
 */
export function StepFigure({
  lesson,
  index,
  label,
}: {
  lesson: OkLesson;
  index: number;
  label: string;
}) {
  const [slot, near] = useNearViewport<HTMLDivElement>();
  const printing = usePrinting();
  const draw = near || printing;
  const frame = useMemo(() => (draw ? settledFrame(lesson, index) : null), [draw, lesson, index]);
  if (!frame)
    return (
      <div
        ref={slot}
        className="static-diagram-slot is-pending"
        role="img"
        aria-label={label}
        data-step-figure={index}
      />
    );
  return (
    <StaticDiagram
      scene={frame.scene}
      emphasis={frame.emphasis}
      route={frame.route}
      dimmed={frame.dimmed}
      label={label}
    />
  );
}
