import { describe, expect, it } from 'vitest';
import { AnnotationReader, mergeServiceFirst } from './annotations.ts';

const reader = (annotations: Record<string, string>) => new AnnotationReader(annotations);
const key = (suffix: string) => `alb.ingress.kubernetes.io/${suffix}`;

describe('AnnotationReader', () => {
  it('splits comma lists and drops empty items', () => {
    expect(reader({ [key('certificate-arn')]: ' a, ,b ' }).stringList('certificate-arn')).toEqual([
      'a',
      'b',
    ]);
  });

  it('parses k=v maps and rejects a pair without =', () => {
    expect(reader({ [key('tags')]: 'a=1, b = 2' }).stringMap('tags')).toEqual({
      ok: true,
      value: { a: '1', b: '2' },
    });
    expect(reader({ [key('tags')]: 'a=1,b' }).stringMap('tags')).toEqual({
      ok: false,
      error: 'failed to parse stringMap annotation, alb.ingress.kubernetes.io/tags: a=1,b',
    });
  });

  it('parses integers with Go syntax and error text', () => {
    expect(reader({ [key('group.order')]: '-5' }).int('group.order')).toEqual({
      ok: true,
      value: -5,
    });
    expect(reader({ [key('group.order')]: '1.5' }).int('group.order')).toEqual({
      ok: false,
      error:
        'failed to parse int32 annotation, alb.ingress.kubernetes.io/group.order: 1.5: strconv.ParseInt: parsing "1.5": invalid syntax',
    });
  });

  it('accepts the booleans Go accepts', () => {
    expect(reader({ [key('use-regex-path-match')]: 'T' }).bool('use-regex-path-match')).toEqual({ ok: true, value: true });
    expect(reader({ [key('use-regex-path-match')]: 'yes' }).bool('use-regex-path-match').ok).toBe(false);
  });

  it('lets the Service value win over the Ingress value', () => {
    expect(mergeServiceFirst({ a: 'svc' }, { a: 'ing', b: 'ing' })).toEqual({ a: 'svc', b: 'ing' });
  });
});
