import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { loadMessages, messagesOf, subscribeToMessages } from './message-catalogue.ts';
import type { Locale } from './locales.ts';
import { translatorOf, type Translate } from './translate.ts';

/**
 * The translator for the reader's language, for the app's root (App, the embed player). Asks for
 * the language's strings if they have not arrived, answers from the strings there are meanwhile,
 * and renders again when they come.
 */
export function useTranslator(locale: Locale): Translate {
  const messages = useSyncExternalStore(subscribeToMessages, () => messagesOf(locale));
  useEffect(() => {
    // Offline before this language was fetched: the page stays in the language it has.
    loadMessages(locale).catch(() => undefined);
  }, [locale]);
  return useMemo(() => translatorOf(messages), [messages]);
}
