import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, getLogLevel, setLogLevel, setLogSink, type LogLevel, type LogSink } from '../../../../../main/core/logging/create-logger';
import { forgetSecret, redact, redactString, registerSecret, REDACTED } from '../../../../../main/core/logging/redact';

// Token-shaped values of the kinds the networks issue (made up, same shapes).
const GRAPH_TOKEN = 'EAAGm0PX4ZCpsBAKZCnRZBnZBZBjZCDdLoWzZA1x9mWZCYpL2qQ7ZB8vZCuZAhCgZDZD';
const X_ACCESS = 'bWRWa3gzdnk3WFRGOTBUOHZmQTNzYVlzZFFaNUJEZDZjOFZtM0JJbXNBSGdBOjE2MjIxNDc3NDM5MTQ6MToxOmF0OjE';
const X_REFRESH = 'Wk9ZcUh1N2RsbXZDOVp3ZVJ2a1hTN0JwS1ZSQkR3d0lxN0tOTmZvb0hTY2FxOjE2MjIxNDc3NDM5MTQ6MToxOnJ0OjE';
const CLIENT_SECRET = 'a3f9c2e17b4d08e6f5a1c9b2d7e40f13';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('logger redaction', () => {
  let lines: string[];
  let previousSink: LogSink;
  let previousLevel: LogLevel;

  beforeEach(() => {
    lines = [];
    previousSink = setLogSink((line) => lines.push(line));
    previousLevel = getLogLevel();
    setLogLevel('debug');
  });

  afterEach(() => {
    setLogSink(previousSink);
    setLogLevel(previousLevel);
  });

  const output = (): string => lines.join('\n');

  it('redacts a Graph token in the message and in data, and keeps the rest readable', () => {
    const log = createLogger('providers:facebook');
    log.info(`validating grant g-1 with ${GRAPH_TOKEN}`, { note: `token is ${GRAPH_TOKEN}`, pageCount: 12 });
    expect(output()).not.toContain(GRAPH_TOKEN);
    expect(output()).toContain('validating grant g-1 with [redacted]');
    expect(output()).toContain('"pageCount":12');
  });

  it('redacts X bearer and refresh tokens, alone and in an Authorization header', () => {
    const log = createLogger('providers:twitter');
    log.warn(`GET /2/users/me failed, Authorization: Bearer ${X_ACCESS}`);
    log.warn(`rotated refresh token ${X_REFRESH} for grant g-2`);
    log.debug('headers', { headers: { authorization: `Bearer ${X_ACCESS}`, 'content-type': 'application/json' } });
    expect(output()).not.toContain(X_ACCESS);
    expect(output()).not.toContain(X_REFRESH);
    expect(output()).toContain('Bearer [redacted]');
    expect(output()).toContain('application/json');
    expect(output()).toContain('for grant g-2');
  });

  it('redacts tokens in URL queries, fragments and form bodies, keeping the parameter names', () => {
    const log = createLogger('oauth');
    const url = `https://graph.facebook.com/v21.0/me?fields=id,name&access_token=${GRAPH_TOKEN}`;
    log.info(`GET ${url}`);
    log.info('redirect', { to: new URL(`https://www.facebook.com/connect/login_success.html#access_token=${GRAPH_TOKEN}&expires_in=5183944`) });
    log.info(`POST body grant_type=refresh_token&refresh_token=${X_REFRESH}&client_id=abc`);
    log.info(`exchange client_secret=${CLIENT_SECRET}&fb_exchange_token=${GRAPH_TOKEN}`);
    expect(output()).not.toContain(GRAPH_TOKEN);
    expect(output()).not.toContain(X_REFRESH);
    expect(output()).not.toContain(CLIENT_SECRET);
    expect(output()).toContain('access_token=[redacted]');
    expect(output()).toContain('expires_in=5183944');
    expect(output()).toContain('client_id=abc');
  });

  it('redacts tokens inside an Error message, its stack, its cause and its own fields', () => {
    const log = createLogger('check');
    const cause = new Error(`upstream said {"access_token":"${X_ACCESS}","token_type":"bearer"}`);
    const error = Object.assign(new Error(`request with access_token=${GRAPH_TOKEN} failed`, { cause }), {
      status: 400,
      body: `{"refresh_token": "${X_REFRESH}"}`,
    });
    expect(error.stack).toContain(GRAPH_TOKEN);
    log.error('check failed', error);
    expect(output()).not.toContain(GRAPH_TOKEN);
    expect(output()).not.toContain(X_ACCESS);
    expect(output()).not.toContain(X_REFRESH);
    const entry = JSON.parse(lines[0] ?? '{}') as { data: { message: string; stack: string; status: number; cause: { message: string } } };
    expect(entry.data.message).toBe('request with access_token=[redacted] failed');
    expect(entry.data.stack).toContain('access_token=[redacted]');
    expect(entry.data.status).toBe(400);
    expect(entry.data.cause.message).toContain('"access_token":"[redacted]"');
  });

  it('redacts values under secret-sounding keys at any depth, whatever they look like', () => {
    const log = createLogger('store');
    log.info('saved', {
      grant: { access_token: 'short-1', refresh_token: 'short-2', nested: [{ client_secret: 'plain words secret' }] },
      accessToken: 'x1y2z3',
      password: 'hunter22',
      code_verifier: 'verifier-value',
      cookie: 'sid=abc',
      grantId: 'g-3',
    });
    for (const value of ['short-1', 'short-2', 'plain words secret', 'x1y2z3', 'hunter22', 'verifier-value', 'sid=abc']) {
      expect(output()).not.toContain(value);
    }
    expect(output()).toContain('"grantId":"g-3"');
  });

  it('redacts a registered secret of any shape, and stops once it is forgotten', () => {
    const appSecret = 'correct horse battery';
    expect(redactString(`secret is ${appSecret}`)).toContain(appSecret);
    registerSecret(appSecret);
    createLogger('settings').warn(`tried ${appSecret}`, { list: [appSecret] });
    expect(output()).not.toContain(appSecret);
    forgetSecret(appSecret);
    expect(redactString(appSecret)).toBe(appSecret);
  });

  it('does not redact ordinary ids, hashes or words', () => {
    const text = 'account 17841400000000000 page 1234567890 trace AbCdEf123 sha 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12';
    expect(redactString(text)).toBe(text);
  });

  it('redacts JWT-like and long opaque tokens standing alone', () => {
    expect(redactString(`id_token ${JWT}`)).toBe(`id_token ${REDACTED}`);
    expect(redactString(`got ${X_ACCESS}.`)).toBe(`got ${REDACTED}.`);
  });

  it('survives cycles, dates, buffers and maps without leaking', () => {
    const cyclic: Record<string, unknown> = { name: 'a', when: new Date(0), blob: Buffer.from(GRAPH_TOKEN) };
    cyclic.self = cyclic;
    const shared = { token: GRAPH_TOKEN };
    const out = JSON.stringify(redact({ cyclic, map: new Map([['refresh_token', X_REFRESH]]), twice: [shared, shared] }));
    expect(out).toContain('"self":"[circular]"');
    expect(out).toContain('1970-01-01T00:00:00.000Z');
    expect(out).toContain(`[binary ${GRAPH_TOKEN.length} bytes]`);
    expect(out).not.toContain(GRAPH_TOKEN);
    expect(out).not.toContain(X_REFRESH);
    expect(out.match(/"token":"\[redacted\]"/g)).toHaveLength(2);
  });

  it('writes nothing below the level', () => {
    setLogLevel('warn');
    createLogger('quiet').info('not written');
    expect(lines).toHaveLength(0);
  });
});
