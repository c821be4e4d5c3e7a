import { describe, expect, it } from 'vitest';
import { redirectLocation } from './redirect-location.ts';

const url = new URL('http://www.example.com/cart?item=42');

describe('redirectLocation (AWS RedirectActionConfig)', () => {
  it('keeps every part the redirect does not set', () => {
    expect(
      redirectLocation(
        { type: 'redirect', protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' },
        url,
        80,
        'HTTP',
      ),
    ).toBe('https://www.example.com:443/cart?item=42');
  });

  it('fills #{path} without its leading slash and #{query} without the question mark', () => {
    const action = {
      type: 'redirect' as const,
      host: 'docs.example.com',
      path: '/docs/#{path}',
      query: 'from=#{host}&#{query}',
      statusCode: 'HTTP_302',
    };
    expect(redirectLocation(action, url, 80, 'HTTP')).toBe(
      'http://docs.example.com:80/docs/cart?from=www.example.com&item=42',
    );
  });
});
