import { describe, expect, it } from 'vitest';
import { defaultStatusFor, facebookDate, graphErrors } from '../../../../../main/simulator/graph/graph-error';

describe('Graph errors', () => {
  it('formats dates as the 463 message does, in Pacific time', () => {
    expect(facebookDate(Date.UTC(2023, 10, 14, 0, 0, 0))).toBe('Monday, 13-Nov-23 16:00:00 PST');
    expect(facebookDate(Date.UTC(2024, 6, 4, 19, 5, 9))).toBe('Thursday, 04-Jul-24 12:05:09 PDT');
  });

  it('builds the documented error objects with a fresh trace id', () => {
    const a = graphErrors.passwordChanged().body();
    const b = graphErrors.passwordChanged().body();
    expect(a.error).toMatchObject({ type: 'OAuthException', code: 190, error_subcode: 460 });
    expect(a.error.fbtrace_id).not.toBe(b.error.fbtrace_id);
    expect(graphErrors.twoFactorRequired('h').error).toMatchObject({ code: 415, error_subcode: 2859009, error_data: { hash: 'h' } });
  });

  it('picks default HTTP statuses by code', () => {
    expect(defaultStatusFor(190)).toBe(400);
    expect(defaultStatusFor(10)).toBe(403);
    expect(defaultStatusFor(283)).toBe(403);
    expect(defaultStatusFor(4)).toBe(403);
    expect(defaultStatusFor(2)).toBe(500);
    expect(defaultStatusFor(100)).toBe(400);
  });
});
