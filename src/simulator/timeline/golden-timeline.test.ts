import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedUntilFirstHealthy } from './test-helpers.ts';

describe('golden timeline: seed-instance, apply → first healthy target (§2.1, §2.3, §5.3, §8)', () => {
  it('matches the reviewed timeline', () => {
    const expected = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '__golden__', 'seed-instance-until-healthy.json'),
        'utf8',
      ),
    ) as unknown;
    expect(seedUntilFirstHealthy()).toEqual(expected);
  });
});
