import { describe, expect, it } from 'vitest';
import { fbTraceId, graphAccessToken, randomBase62, xToken } from '../../../../../main/simulator/random/token-format';

describe('token formats', () => {
  it('makes Graph tokens that start with EAA, are long, and differ every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => graphAccessToken()));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^EAA[A-Za-z0-9]{190}$/);
  });

  it('makes X tokens that decode like the real ones', () => {
    const decoded = Buffer.from(xToken('rt', 1_700_000_000_000), 'base64url').toString();
    expect(decoded).toMatch(/^[A-Za-z0-9]{40}:1700000000000:1:0:rt:1$/);
  });

  it('uses every base-62 character', () => {
    const seen = new Set(randomBase62(20_000));
    expect(seen.size).toBe(62);
    expect(fbTraceId()).toMatch(/^[A-Za-z0-9]{11}$/);
  });
});
