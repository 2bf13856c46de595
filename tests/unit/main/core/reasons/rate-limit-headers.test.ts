// Rate-limit headers: BUC minutes, X epoch-second resets with their `remaining` twins, Retry-After.
import { describe, expect, it } from 'vitest';
import { parseBusinessUseCaseUsage, parsePlatformUsage, retryAfterFromHeaders, spentGraphLimit } from '../../../../../main/core/reasons/rate-limit-headers';

const now = Date.UTC(2026, 10, 28, 12, 0, 0);
const nowSec = now / 1000;

describe('X-Business-Use-Case-Usage', () => {
  const header = JSON.stringify({
    '111': [{ type: 'pages', call_count: 97, total_cputime: 23, total_time: 23, estimated_time_to_regain_access: 0 }],
    '222': [{ type: 'instagram', call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 7 }],
  });

  it('parses every entry', () => {
    expect(parseBusinessUseCaseUsage(header)).toEqual([
      { businessId: '111', type: 'pages', callCount: 97, totalTime: 23, totalCputime: 23, estimatedTimeToRegainAccess: 0 },
      { businessId: '222', type: 'instagram', callCount: 100, totalTime: 10, totalCputime: 10, estimatedTimeToRegainAccess: 7 },
    ]);
  });

  it('reads estimated_time_to_regain_access as minutes', () => {
    expect(retryAfterFromHeaders({ 'x-business-use-case-usage': header }, 400, now)).toBe(7 * 60_000);
  });

  it('ignores unreadable headers', () => {
    expect(parseBusinessUseCaseUsage('not json')).toEqual([]);
    expect(parseBusinessUseCaseUsage('{"1":"x"}')).toEqual([]);
    expect(retryAfterFromHeaders({ 'x-business-use-case-usage': '{' }, 400, now)).toBeNull();
  });
});

describe('spent Graph limits', () => {
  it('names the limit a usage header says is spent', () => {
    expect(spentGraphLimit({ 'x-app-usage': '{"call_count":100,"total_time":1,"total_cputime":1}' })).toBe('app');
    expect(spentGraphLimit({ 'x-page-usage': '{"call_count":1,"total_time":101,"total_cputime":1}' })).toBe('page');
    expect(spentGraphLimit({ 'x-business-use-case-usage': '{"1":[{"type":"pages","call_count":5,"estimated_time_to_regain_access":3}]}' })).toBe('page');
    expect(spentGraphLimit({ 'x-business-use-case-usage': '{"1":[{"type":"instagram","call_count":100}]}' })).toBe('business_use_case');
  });

  it('says nothing below 100%', () => {
    expect(spentGraphLimit({ 'x-app-usage': '{"call_count":99,"total_time":25,"total_cputime":25}' })).toBeNull();
    expect(parsePlatformUsage('{"call_count":28}')).toEqual({ callCount: 28, totalTime: null, totalCputime: null });
  });
});

describe('X resets', () => {
  it('uses x-rate-limit-reset (epoch seconds) when remaining is 0', () => {
    const headers = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(nowSec + 900) };
    expect(retryAfterFromHeaders(headers, 429, now)).toBe(900_000);
  });

  it('ignores the window reset while requests remain (another limit was hit)', () => {
    const headers = { 'x-rate-limit-remaining': '12', 'x-rate-limit-reset': String(nowSec + 900) };
    expect(retryAfterFromHeaders(headers, 429, now)).toBeNull();
  });

  it('uses the reset without a remaining header only on a 429', () => {
    const headers = { 'x-rate-limit-reset': String(nowSec + 30) };
    expect(retryAfterFromHeaders(headers, 429, now)).toBe(30_000);
    expect(retryAfterFromHeaders(headers, 200, now)).toBeNull();
  });

  it('uses the 24-hour posting limits when spent, and the latest reset wins', () => {
    const headers = {
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(nowSec + 60),
      'x-app-limit-24hour-remaining': '0',
      'x-app-limit-24hour-reset': String(nowSec + 3600),
      'x-user-limit-24hour-remaining': '3',
      'x-user-limit-24hour-reset': String(nowSec + 7200),
    };
    expect(retryAfterFromHeaders(headers, 429, now)).toBe(3_600_000);
  });

  it('never returns a negative wait for a reset in the past', () => {
    expect(retryAfterFromHeaders({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(nowSec - 50) }, 429, now)).toBe(0);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterFromHeaders({ 'retry-after': '120' }, 503, now)).toBe(120_000);
    expect(retryAfterFromHeaders({ 'retry-after': new Date(now + 90_000).toUTCString() }, 503, now)).toBe(90_000);
  });

  it('ignores garbage', () => {
    expect(retryAfterFromHeaders({ 'retry-after': 'soon' }, 503, now)).toBeNull();
    expect(retryAfterFromHeaders({}, 503, now)).toBeNull();
  });
});
