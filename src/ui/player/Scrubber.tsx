import { memo, useId } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

export interface ScrubberMarker {
  index: number;
  /** Where the step settles: Next, Previous and a link land the thumb on this tick. */
  atMs: number;
  /** A hop of the packet, or a step of the controller before it. */
  direction: 'request' | 'response' | 'controller';
}

export interface ScrubberProps {
  valueMs: number;
  durationMs: number;
  markers: readonly ScrubberMarker[];
  stepIndex: number;
  onSeek: (ms: number) => void;
}

const Markers = memo(function Markers({
  markers,
  durationMs,
  stepIndex,
}: Pick<ScrubberProps, 'markers' | 'durationMs' | 'stepIndex'>) {
  return (
    <div className="scrubber-markers" aria-hidden="true">
      {markers.map((m) => (
        <span
          key={m.index}
          className={`scrubber-marker is-${m.direction}${m.index === stepIndex ? ' is-current' : ''}`}
          style={{ left: `${(m.atMs / durationMs) * 100}%` }}
        />
      ))}
    </div>
  );
});

/** The virtual clock as a slider, with one marker at the start of each step. */
export function Scrubber({ valueMs, durationMs, markers, stepIndex, onSeek }: ScrubberProps) {
  const t = useTranslate();
  const id = useId();
  if (durationMs <= 0) return null;
  return (
    <div className="scrubber">
      <label htmlFor={id} className="visually-hidden">
        {t('player.position')}
      </label>
      <div className="scrubber-track">
        <input
          id={id}
          type="range"
          min={0}
          max={durationMs}
          step={10}
          value={Math.round(valueMs)}
          aria-valuetext={t('player.progress', { step: stepIndex + 1, total: markers.length })}
          onChange={(event) => onSeek(Number(event.target.value))}
        />
        <Markers markers={markers} durationMs={durationMs} stepIndex={stepIndex} />
      </div>
    </div>
  );
}
