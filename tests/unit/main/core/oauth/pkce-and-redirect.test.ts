/** PKCE (RFC 7636), state, and reading a redirect's answer from its query and fragment. */
import { describe, expect, it } from 'vitest';
import { createPkcePair, createState, s256, stateMatches } from '../../../../../main/core/oauth/pkce';
import { isRedirectTo, redirectParams } from '../../../../../main/core/oauth/redirect-params';

describe('PKCE and state', () => {
  it('computes the S256 challenge of RFC 7636 Appendix B', () => {
    expect(s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character verifiers of unreserved characters, fresh each time', () => {
    const a = createPkcePair();
    const b = createPkcePair();
    expect(a.verifier).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
    expect(a.challenge).toBe(s256(a.verifier));
    expect(a.method).toBe('S256');
    expect(a.verifier).not.toBe(b.verifier);
    expect(createState()).not.toBe(createState());
  });

  it('matches state exactly, and never a missing one', () => {
    expect(stateMatches('abc', 'abc')).toBe(true);
    expect(stateMatches('abc', 'abd')).toBe(false);
    expect(stateMatches('abc', 'abcd')).toBe(false);
    expect(stateMatches('abc', null)).toBe(false);
  });
});

describe('redirect parameters', () => {
  it("reads Facebook's fragment answer", () => {
    const p = redirectParams('https://www.facebook.com/connect/login_success.html#access_token=EAAB&expires_in=3600&state=S');
    expect([p.get('access_token'), p.get('expires_in'), p.get('state')]).toEqual(['EAAB', '3600', 'S']);
  });

  it('reads query answers and ignores Facebook\'s "#_=_"', () => {
    const p = redirectParams('http://127.0.0.1:53682/callback?state=S&code=C#_=_');
    expect([...p.keys()]).toEqual(['state', 'code']);
  });

  it('lets the query win over the fragment, and gives nothing for a broken URL', () => {
    expect(redirectParams('https://a.example/cb?state=Q#state=F').get('state')).toBe('Q');
    expect([...redirectParams('not a url').keys()]).toEqual([]);
  });

  it('recognises the redirect URI by origin and path only', () => {
    const uri = 'https://www.facebook.com/connect/login_success.html';
    expect(isRedirectTo(`${uri}#access_token=x`, uri)).toBe(true);
    expect(isRedirectTo('https://www.facebook.com/connect/login_success.html.evil', uri)).toBe(false);
    expect(isRedirectTo('https://www.facebook.com.evil.example/connect/login_success.html', uri)).toBe(false);
    expect(isRedirectTo('http://www.facebook.com/connect/login_success.html', uri)).toBe(false);
  });
});
