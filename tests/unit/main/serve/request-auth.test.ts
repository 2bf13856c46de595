import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { isAuthorized, presentedKey, subprotocolKey } from '../../../../main/serve/request-auth';

const req = (headers: Record<string, string>): IncomingMessage => ({ headers: { host: '127.0.0.1:4000', ...headers } }) as unknown as IncomingMessage;

describe('serve request auth', () => {
  it('reads the key from a Bearer header or the WebSocket subprotocol, never a cookie', () => {
    expect(presentedKey(req({ authorization: 'Bearer K' }))).toBe('K');
    expect(presentedKey(req({ 'sec-websocket-protocol': 'tether.v1, tether.key.K' }))).toBe('K');
    expect(presentedKey(req({ cookie: 'tether_key=K' }))).toBeNull();
    expect(presentedKey(req({ cookie: 'tether_key=%E0%A4%A' }))).toBeNull();
    expect(subprotocolKey(undefined)).toBeNull();
    expect(subprotocolKey(',,, ,')).toBeNull();
  });

  it('needs the key, our Host, and our Origin when one is sent', () => {
    expect(isAuthorized(req({ authorization: 'Bearer K' }), 'K', 4000)).toBe(true);
    expect(isAuthorized(req({ authorization: 'Bearer K', origin: 'http://127.0.0.1:4000' }), 'K', 4000)).toBe(true);
    expect(isAuthorized(req({ authorization: 'Bearer K', origin: 'http://127.0.0.1:4001' }), 'K', 4000)).toBe(false);
    expect(isAuthorized(req({ authorization: 'Bearer K', host: 'evil.example:4000' }), 'K', 4000)).toBe(false);
    expect(isAuthorized(req({ authorization: 'Bearer k' }), 'K', 4000)).toBe(false);
    expect(isAuthorized(req({}), 'K', 4000)).toBe(false);
  });
});
