import { readNotice } from '../../simulator/index.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A simulator notice (an assumption or a note) in the reader's language; unknown text as it is. */
export function noticeWords(text: string, t: Translate): string {
  const notice = readNotice(text);
  return notice ? t(`playground.notice.${notice.code}`, notice.params) : text;
}
