// The "details for support" line.
import { describe, expect, it } from 'vitest';
import { supportDetailsLine } from '../../../../shared/reasons/support-details';

describe('supportDetailsLine', () => {
  it('quotes code, subcode and trace id', () => {
    expect(supportDetailsLine('facebook', { code: 190, subcode: 460, traceId: 'AbC123' })).toBe('Facebook error 190 · subcode 460 · trace AbC123');
  });

  it('leaves out what the network did not send', () => {
    expect(supportDetailsLine('instagram', { code: 25, subcode: null, traceId: null })).toBe('Instagram error 25');
    expect(supportDetailsLine('twitter', { code: 'user-suspended', subcode: null, traceId: '5c9a' })).toBe('X error user-suspended · trace 5c9a');
  });

  it('falls back to the error type, then says there was no code', () => {
    expect(supportDetailsLine('twitter', { code: null, subcode: null, type: 'timeout', traceId: null })).toBe('X error timeout');
    expect(supportDetailsLine('facebook', { code: null, subcode: null, traceId: '  ' })).toBe('Facebook: no error code');
  });

  it('keeps a zero code and subcode', () => {
    expect(supportDetailsLine('twitter', { code: 326, subcode: 0, traceId: null })).toBe('X error 326 · subcode 0');
  });

  it('says which signal decided a verdict read from the check, after the codes', () => {
    expect(supportDetailsLine('facebook', { code: null, subcode: null, traceId: null, signal: 'Page tasks listed by /me/accounts' })).toBe(
      'Facebook: no error code · decided by Page tasks listed by /me/accounts',
    );
    expect(supportDetailsLine('facebook', { code: 190, subcode: 492, traceId: 'T', signal: "the Page's own token" })).toBe(
      "Facebook error 190 · subcode 492 · trace T · decided by the Page's own token",
    );
  });
});
