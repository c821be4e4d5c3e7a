import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { hopElementName } from './hop-element.ts';

describe("a hop's element, named for the packet panel", () => {
  it('says the kind in the reader’s language, as the cards do', () => {
    const ko = createTranslator('ko');
    expect(hopElementName(ko, { at: 'pod', name: 'default/domain-api-3' })).toBe(
      '파드 default/domain-api-3',
    );
    expect(hopElementName(ko, { at: 'alb', name: 'k8s-default-x' })).toBe(
      '로드 밸런서 k8s-default-x',
    );
    expect(hopElementName(createTranslator('en'), { at: 'listener', name: 'TCP:80' })).toMatch(
      /^Listener TCP:80$/,
    );
  });
  it('names the default action a request takes when no rule matches as the listener’s, not as a rule', () => {
    expect(hopElementName(createTranslator('en'), { at: 'rule', name: 'default' })).toBe(
      'the listener’s default action',
    );
    expect(hopElementName(createTranslator('ko'), { at: 'rule', name: 'default' })).toBe(
      '리스너의 기본 작업',
    );
    expect(hopElementName(createTranslator('en'), { at: 'rule', name: '2' })).toBe('Rule 2');
  });
  it('falls back to the site code where there is no kind word', () => {
    expect(hopElementName(createTranslator('en'), { at: 'somewhere', name: 'x' })).toBe(
      'somewhere x',
    );
  });
});
