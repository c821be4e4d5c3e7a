import type { Translate } from '../../i18n/translate.ts';

export type MisconceptionFigure = 'original' | 'corrected';

/** The mark a misconception's figure carries: ✗ on the diagram often drawn, ✓ on the corrected one. */
export const misconceptionMark: Readonly<Record<MisconceptionFigure, string>> = {
  original: '✗',
  corrected: '✓',
};

/**
 * A misconception figure's label with its mark ("✗ A diagram often drawn for this"): shown
 * above the figure and named again by its full-size dialog, so the wrong picture says it is wrong
 * wherever it is shown.
 */
export function misconceptionLabel(t: Translate, figure: MisconceptionFigure): string {
  return `${misconceptionMark[figure]} ${t(`prose.misconception.${figure}`)}`;
}
