import { describe, expect, it } from 'vitest';
import { parseRequestUrl } from '../../../../../../main/core/kernel/http/request-url';

describe('parseRequestUrl', () => {
  it('parses ordinary targets against our origin', () => {
    expect(parseRequestUrl('/ws?key=abc')?.searchParams.get('key')).toBe('abc');
    expect(parseRequestUrl(undefined)?.pathname).toBe('/');
  });

  it('returns null instead of throwing for targets new URL rejects', () => {
    for (const target of ['//[', '//a:b@[', '//:99999', 'http://[']) expect(parseRequestUrl(target)).toBeNull();
  });
});
