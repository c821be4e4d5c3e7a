import type { planFromManifests } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

type InputError = Extract<ReturnType<typeof planFromManifests>, { ok: false }>['errors'][number];

/** Why the manifests could not be read at all (bad YAML, a document without kind, …). */
export function InputErrors({ errors }: { errors: readonly InputError[] }) {
  const t = useTranslate();
  return (
    <section className="input-errors" role="alert" aria-labelledby="input-errors-heading">
      <h2 id="input-errors-heading">{t('plan.inputErrors')}</h2>
      <ul className="errors">
        {errors.map(({ file, document, line, message }) => (
          <li key={`${file}:${document}:${line}:${message}`}>
            <strong>{t('plan.inputErrorAt', { file, document, line })}</strong>
            <p>{message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
