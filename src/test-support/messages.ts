// Unit tests read UI strings synchronously in both languages: register them before any test runs
// (the app fetches them one language at a time; see src/i18n/message-catalogue.ts).
import { registerMessages } from '../i18n/message-catalogue.ts';
import { en } from '../i18n/messages.en.ts';
import { ko } from '../i18n/messages.ko.ts';

registerMessages('en', en);
registerMessages('ko', ko);
