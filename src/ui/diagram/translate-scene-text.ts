import { isMessageKey, type Translate } from '../../i18n/translate.ts';
import type { SceneText } from '../../scene/scene-model.ts';

export { isMessageKey };

/**
 * Parameters the scene passes as codes ('healthy', 'True', 'workers') that a reader should see
 * in their own language: message key → parameter → the key that translates its value.
 */
const codeParams: Readonly<Record<string, Readonly<Record<string, (code: string) => string>>>> = {
  'a11y.zone': { zone: (code) => `diagram.zone.${code}` },
  'a11y.target': { state: (code) => `health.${code}` },
  'a11y.pod': { state: (code) => `badge.pod.${code}` },
  'a11y.node': { ready: (code) => `diagram.nodeReady.${code}` },
};

/** The count that picks a message's `.one` variant when it is exactly 1. */
const countParam: Readonly<Record<string, string>> = {
  'a11y.listener': 'rules',
  'a11y.targetGroup': 'healthy',
  'a11y.endpointSlice': 'ready',
};

/**
 * Turns a scene's message key and values into text in the current language. An unknown key is
 * shown as written (a visible bug, never a crash); empty values read as "none".
 */
export function translateSceneText(t: Translate, text: SceneText): string {
  const values: Record<string, string | number> = {};
  const codes = codeParams[text.key] ?? {};
  for (const [name, value] of Object.entries(text.params)) {
    const keyOf = codes[name];
    const valueKey = keyOf ? keyOf(String(value)) : null;
    if (valueKey !== null && isMessageKey(valueKey)) values[name] = t(valueKey);
    else if (value === '') values[name] = t('diagram.none');
    else values[name] = value;
  }
  const counted = countParam[text.key];
  const singular = `${text.key}.one`;
  const key =
    counted !== undefined && text.params[counted] === 1 && isMessageKey(singular)
      ? singular
      : text.key;
  return isMessageKey(key) ? t(key, values) : key;
}
