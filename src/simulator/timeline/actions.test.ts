import { describe, expect, it } from 'vitest';
import { parseActions, parseDuration } from './actions.ts';

describe('parseActions', () => {
  it('reads a list of timed actions, sorted by time', () => {
    const parsed = parseActions({
      name: 'a.yaml',
      text: 'actions:\n  - at: 2m\n    deletePod: domain-api-1\n  - at: 30s\n    scale: {deployment: default/api, replicas: 6}\n',
    });
    expect(parsed.ok && parsed.value).toEqual([
      { type: 'scale', deployment: 'default/api', replicas: 6, atMs: 30_000 },
      { type: 'delete-pod', pod: 'default/domain-api-1', atMs: 120_000 },
    ]);
  });

  it('points at the line of a bad action', () => {
    const parsed = parseActions({
      name: 'a.yaml',
      text: '- at: 1s\n  scale: {deployment: x, replicas: 1}\n- at: 2s\n  explode: now\n',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.line).toBe(3);
      expect(parsed.error.message).toContain('unknown action explode');
    }
  });

  it('rejects a time it cannot read, and invalid YAML, with a line', () => {
    const badTime = parseActions({ name: 'a.yaml', text: '- at: soon\n  breakIrsa: trust\n' });
    expect(!badTime.ok && badTime.error.message).toContain('is not a time');
    const badYaml = parseActions({ name: 'a.yaml', text: '- at: 1s\n  traffic: {url: [\n' });
    expect(!badYaml.ok && badYaml.error.message).toContain('invalid YAML');
  });

  it('reads durations', () => {
    expect([
      parseDuration('1500ms'),
      parseDuration('90s'),
      parseDuration('2m'),
      parseDuration(250),
      parseDuration('x'),
    ]).toEqual([1500, 90_000, 120_000, 250, null]);
  });
});
