import { describe, expect, it } from 'vitest';
import { s256Challenge, verifyPkce } from '../../../../../main/simulator/oauth/pkce';

// RFC 7636 Appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('computes the RFC 7636 S256 example', () => {
    expect(s256Challenge(VERIFIER)).toBe(CHALLENGE);
  });

  it('verifies S256 and plain, and rejects the wrong verifier or a malformed one', () => {
    expect(verifyPkce(VERIFIER, CHALLENGE, 'S256')).toBe(true);
    expect(verifyPkce(VERIFIER, VERIFIER, 'plain')).toBe(true);
    expect(verifyPkce(VERIFIER, CHALLENGE, 'plain')).toBe(false);
    expect(verifyPkce(`${VERIFIER.slice(0, -1)}Y`, CHALLENGE, 'S256')).toBe(false);
    expect(verifyPkce('short', 'short', 'plain')).toBe(false);
    expect(verifyPkce('a'.repeat(129), 'a'.repeat(129), 'plain')).toBe(false);
    expect(verifyPkce(`${'a'.repeat(42)}!`, `${'a'.repeat(42)}!`, 'plain')).toBe(false);
  });
});
