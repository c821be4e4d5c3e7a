import { useId, type ReactNode } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './player-icons.tsx';

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 4] as const;

export interface StepControlsProps {
  stepIndex: number;
  stepCount: number;
  playing: boolean;
  /** Play goes on across steps instead of stopping at the step's end. */
  playThrough: boolean;
  speed: number;
  /** Whether Previous can go anywhere (the clock may be inside the first step). */
  canGoBack: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePlaying: () => void;
  onPlayThrough: (on: boolean) => void;
  onSpeed: (speed: number) => void;
  /** Shown between the buttons and the speed (the scrubber). */
  children?: ReactNode;
}

/** Previous · Play/Pause · Next, then (children) the scrubber, the speed and where the reader is. */
export function StepControls(props: StepControlsProps) {
  const t = useTranslate();
  const speedId = useId();
  const { stepIndex, stepCount, playing } = props;
  const empty = stepCount === 0;
  return (
    <div className="step-controls" role="group" aria-label={t('player.controls')}>
      <div className="step-buttons">
        <button
          type="button"
          className="player-button"
          onClick={props.onPrevious}
          disabled={empty || !props.canGoBack}
        >
          <PreviousIcon />
          <span>{t('player.previous')}</span>
        </button>
        <button
          type="button"
          className="player-button player-button-primary"
          onClick={props.onTogglePlaying}
          disabled={empty}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
          <span>{playing ? t('player.pause') : t('player.play')}</span>
        </button>
        <button
          type="button"
          className="player-button"
          onClick={props.onNext}
          disabled={empty || stepIndex >= stepCount - 1}
        >
          <span>{t('player.next')}</span>
          <NextIcon />
        </button>
      </div>
      {props.children}
      <div className="step-meta">
        <label className="play-through">
          <input
            type="checkbox"
            checked={props.playThrough}
            onChange={(event) => props.onPlayThrough(event.target.checked)}
          />
          <span>{t('player.playThrough')}</span>
        </label>
        <label className="speed-control" htmlFor={speedId}>
          <span>{t('player.speed')}</span>
          <select
            id={speedId}
            value={String(props.speed)}
            onChange={(event) => props.onSpeed(Number(event.target.value))}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={String(speed)}>
                {t('player.speedValue', { speed })}
              </option>
            ))}
          </select>
        </label>
        <p className="step-progress">
          {empty ? '–' : t('player.progress', { step: stepIndex + 1, total: stepCount })}
        </p>
      </div>
    </div>
  );
}
