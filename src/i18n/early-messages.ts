import { loadMessages } from './message-catalogue.ts';
import { resolveLocale } from './locales.ts';

// The reader's words start downloading as the page's script starts (main.tsx imports this
// module among its first), not after React and the app's modules have been evaluated: the first
// render waits for them. The language is chosen as the store chooses it (the address, else the
// browser's languages); a failed fetch is tried again when main.tsx asks for the same language.
if (typeof window !== 'undefined')
  void loadMessages(resolveLocale(window.location.search, window.navigator.languages).locale).catch(
    () => undefined,
  );
