import { describe, expect, it } from 'vitest';
import { loadReplaced, saveReplaced, type StoredPlayground } from './playground-storage.ts';
import { replaceWork } from './replace-work.ts';

const mine: StoredPlayground = {
  text: 'kind: Service # edited by hand\n',
  url: 'http://mine.example.com/',
  clientIp: '198.51.100.7',
  actions: '- at: 1s\n  scale: { deployment: a/b, replicas: 2 }\n',
};
const lab = { text: 'kind: Ingress\n', url: 'http://lab.example.com/', actions: '' };

/** An in-memory Storage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('replacing the reader’s manifests (a lab, an example, a file)', () => {
  it('keeps all of the previous work for Undo, and takes the new text, URL and actions', () => {
    const { work, replaced } = replaceWork(mine, lab, { kind: 'lab', number: 2 });
    expect(work).toEqual({ ...lab, clientIp: mine.clientIp });
    expect(replaced).toEqual({
      previous: mine,
      cause: { kind: 'lab', number: 2 },
      after: { text: lab.text, actions: lab.actions },
    });
  });

  it('keeps the reader’s own work for Undo across a lab and then one of its settings', () => {
    const first = replaceWork(mine, lab, { kind: 'lab', number: 1 });
    const setting = { text: 'kind: Ingress # preStop 40\n', actions: '- at: 5s\n' };
    const second = replaceWork(first.work, setting, { kind: 'lab', number: 1 }, first.replaced);
    expect(second.replaced?.previous).toEqual(mine);
    expect(second.replaced?.after).toEqual(setting);
    // Once the reader edits what the lab put in, that edit is what a further replacement keeps.
    const edited = { ...second.work, text: 'kind: Ingress # my change\n' };
    const third = replaceWork(edited, lab, { kind: 'lab', number: 1 }, second.replaced);
    expect(third.replaced?.previous).toEqual(edited);
  });

  it('offers nothing to undo when nothing would be lost', () => {
    expect(replaceWork(mine, { text: mine.text }, { kind: 'file' }).replaced).toBeNull();
    expect(replaceWork({ ...mine, text: '  \n' }, lab, { kind: 'example' }).replaced).toBeNull();
  });

  it('offers Undo when only the actions change (a lab’s what-ifs replace the reader’s)', () => {
    const { replaced } = replaceWork(
      mine,
      { text: mine.text, actions: '' },
      { kind: 'lab', number: 1 },
    );
    expect(replaced?.previous.actions).toBe(mine.actions);
  });

  it('keeps the replaced work in storage across a reload, until it is forgotten', () => {
    const storage = memoryStorage();
    const { replaced } = replaceWork(mine, lab, { kind: 'lab', number: 5 });
    expect(saveReplaced(replaced, storage)).toBe(true);
    expect(loadReplaced(storage)).toEqual(replaced);
    saveReplaced(null, storage);
    expect(loadReplaced(storage)).toBeNull();
  });

  it('reads nothing from a corrupt or foreign value', () => {
    const storage = memoryStorage();
    for (const raw of [
      '{',
      '[]',
      'null',
      '{"previous":{"text":1},"cause":{"kind":"lab","number":1}}',
      `{"previous":${JSON.stringify(mine)},"cause":{"kind":"lab","number":"1"}}`,
    ]) {
      storage.setItem('aws-lbc-explained:playground:replaced:v1', raw);
      expect(loadReplaced(storage)).toBeNull();
    }
  });
});
