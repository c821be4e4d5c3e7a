import { useId } from 'react';
import { targetModes, type TargetMode } from '../../lesson/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** The target type as a radio group: `instance` (NodePort) or `ip` (pod IPs). */
export function ModeToggle({
  mode,
  onChange,
}: {
  mode: TargetMode;
  onChange: (mode: TargetMode) => void;
}) {
  const t = useTranslate();
  const labelId = useId();
  const hintId = useId();
  return (
    <div className="mode-toggle">
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={hintId}
        className="mode-options"
      >
        <span id={labelId} className="mode-label">
          {t('mode.label')}
        </span>
        {targetModes.map((option) => (
          <label key={option} className="mode-option">
            <input
              type="radio"
              name={`target-type-${labelId}`}
              value={option}
              checked={mode === option}
              onChange={() => onChange(option)}
            />
            <code>{option}</code>
          </label>
        ))}
      </div>
      <p id={hintId} className="mode-hint">
        {t(`mode.hint.${mode}`)}
      </p>
    </div>
  );
}
