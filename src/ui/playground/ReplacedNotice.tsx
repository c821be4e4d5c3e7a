import type { Replaced } from '../../state/playground/replace-work.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

interface ReplacedNoticeProps {
  replaced: Replaced;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Lab 2 replaced your manifests" with Undo: the reader's own work is one click away. */
export function ReplacedNotice({ replaced, onUndo, onDismiss }: ReplacedNoticeProps) {
  const t = useTranslate();
  const { cause } = replaced;
  return (
    <div className="notice pg-replaced" role="status" data-testid="playground-replaced">
      <span>
        {cause.kind === 'lab'
          ? t('playground.replaced.lab', { number: cause.number })
          : cause.kind === 'example'
            ? t('playground.replaced.example')
            : t('playground.replaced.file')}
      </span>{' '}
      <button type="button" onClick={onUndo}>
        {t('playground.replaced.undo')}
      </button>{' '}
      <button type="button" className="pg-replaced-dismiss" onClick={onDismiss}>
        {t('playground.replaced.dismiss')}
      </button>
    </div>
  );
}
