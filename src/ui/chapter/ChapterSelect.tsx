import { useId } from 'react';
import { chapterIds, isChapterId, type ChapterId } from '../../chapters/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** Every chapter by title; choosing one is a new history entry (back returns here). */
export function ChapterSelect({
  chapterId,
  onChange,
}: {
  chapterId: ChapterId;
  onChange: (id: ChapterId) => void;
}) {
  const t = useTranslate();
  const id = useId();
  return (
    <div className="chapter-select">
      <label htmlFor={id}>{t('chapter.label')}</label>
      <select
        id={id}
        value={chapterId}
        onChange={(event) => {
          if (isChapterId(event.target.value)) onChange(event.target.value);
        }}
      >
        {chapterIds.map((option, index) => (
          <option key={option} value={option}>
            {`${index + 1}. ${t(`chapter.title.${option}`)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
