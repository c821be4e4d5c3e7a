import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { chapterIds } from '../../lesson/chapters.ts';
import { frameAt, settledFrame, type Frame, type OkLesson } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import type { SceneText } from '../../scene/scene-model.ts';
import { isMessageKey, translateSceneText } from './translate-scene-text.ts';

/**
 * Every word a card shows at every step of every chapter, in both target types, resolves through
 * the messages in both languages: its key exists, nothing is left as `{name}`, a Korean badge has
 * no English status word in it, and the raw `detail` line holds only names, addresses and values (prose
 * belongs in a message). `draining` stays as written: it is the state's name as AWS shows it
 * (content/glossary/README.md).
 */
const en = createTranslator('en');
const ko = createTranslator('ko');
const englishStatus =
  /\b(healthy|unhealthy|initial|unused|unavailable|ready|not ready|NotReady|Unknown|pending|terminating|registered|not on this path|no NAT)\b/i;

/** Words a name, an address or a setting's value never has, but an English phrase does. */
const englishWords = /\b(no|not|only|and|or|the|on|off|still|with|without|via)\b/i;

const framesOf = (lesson: OkLesson): Frame[] =>
  lesson.steps.flatMap((step, index) =>
    [settledFrame(lesson, index), frameAt(lesson, step.startMs + 1)].filter(
      (f): f is Frame => f !== null,
    ),
  );

const problemsIn = (where: string, text: SceneText, badge: boolean): string[] => {
  if (!isMessageKey(text.key)) return [`${where}: no message "${text.key}"`];
  const shown = { en: translateSceneText(en, text), ko: translateSceneText(ko, text) };
  const problems: string[] = [];
  for (const [lang, words] of Object.entries(shown))
    if (/\{\w+\}/.test(words)) problems.push(`${where} (${lang}): "${words}" keeps a placeholder`);
  if (badge && englishStatus.test(shown.ko))
    problems.push(`${where} (ko): badge "${shown.ko}" is in English`);
  return problems;
};

describe.each(chapterIds.filter((id) => id !== 'playground'))('the cards of %s', (id) => {
  const spec = chapterSpecs.get(id)!;
  it.each(spec.modes)('in %s mode read in English and in Korean', (mode) => {
    const lesson = lessonOf(spec, mode);
    if (!lesson.ok) throw new Error(`${id} ${mode} does not build`);
    const problems = new Set<string>();
    const seen = new Set<object>();
    let badges = 0;
    for (const frame of framesOf(lesson)) {
      if (seen.has(frame.scene)) continue;
      seen.add(frame.scene);
      for (const node of frame.scene.nodes) {
        const at = `${node.id}`;
        if (node.badge) {
          badges++;
          problemsIn(`${at} badge`, node.badge.text, true).forEach((p) => problems.add(p));
        }
        if (node.caption)
          problemsIn(`${at} caption`, node.caption, true).forEach((p) => problems.add(p));
        problemsIn(`${at} name`, node.a11y, false).forEach((p) => problems.add(p));
        if (node.detail !== null && englishWords.test(node.detail))
          problems.add(`${at}: detail "${node.detail}" is English prose, not a name or a value`);
      }
    }
    expect(badges).toBeGreaterThan(0);
    expect([...problems]).toEqual([]);
  });
});
