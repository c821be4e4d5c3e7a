import { describe, expect, it } from 'vitest';
import { hasMessages, loadMessages, messagesOf } from './message-catalogue.ts';
import { en } from './messages.en.ts';
import { ko } from './messages.ko.ts';
import { createTranslator, isMessageKey, translatorOf } from './translate.ts';

// The test setup registers both languages (src/test-support/messages.ts), as the app has them
// once both have arrived.
describe('the message catalogue', () => {
  it('gives each language its own strings once they are in', async () => {
    await loadMessages('ko');
    expect(hasMessages('ko')).toBe(true);
    expect(messagesOf('ko')).toBe(ko);
    expect(messagesOf('en')).toBe(en);
    expect(createTranslator('ko')('app.title')).toBe(ko['app.title']);
  });

  it('answers with the key itself before any language has arrived, never throwing', () => {
    const t = translatorOf(null);
    expect(t('app.title')).toBe('app.title');
    expect(t('toc.progress', { seen: 1, total: 3 })).toBe('toc.progress');
  });

  it('knows its keys in any language', () => {
    expect(isMessageKey('app.title')).toBe(true);
    expect(isMessageKey('no.such.key')).toBe(false);
  });
});
