import { useEffect, useId } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { themes, type Theme } from '../../state/url-sync.ts';

const DARK = '(prefers-color-scheme: dark)';

/** Puts the resolved theme on <html data-theme>; "system" follows the OS setting live. */
export function useApplyTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK) : null;
    const apply = () => {
      const resolved = theme === 'system' ? (media?.matches ? 'dark' : 'light') : theme;
      root.dataset.theme = resolved;
      root.style.colorScheme = resolved;
    };
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}

export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (t: Theme) => void }) {
  const t = useTranslate();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={theme} onChange={(event) => onChange(event.target.value as Theme)}>
        {themes.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
