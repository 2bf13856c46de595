/** The page's first snapshot, preloaded over HTTP: handed to the first call only, and asked again over the API when it failed. */
import { describe, expect, it, vi } from 'vitest';
import type { TetherApi } from '../../../shared/ipc/channels';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { withPrefetch } from '../../../renderer/src/api/prefetching-api';
import { fetchSnapshot } from '../../../renderer/src/api/http-snapshot';

const SNAPSHOT = { version: 4, accounts: [] };

function fakeApi(): TetherApi & { invoke: ReturnType<typeof vi.fn> } {
  return { invoke: vi.fn(() => Promise.resolve(ok({ version: 9, accounts: [] }))), on: vi.fn(() => () => undefined) } as never;
}

describe('withPrefetch', () => {
  it('answers the first call from the early answer, and later calls from the API', async () => {
    const api = fakeApi();
    const prefetched = withPrefetch(api, { 'accounts:snapshot': Promise.resolve(ok(SNAPSHOT) as Result<unknown>) });
    expect(await prefetched.invoke('accounts:snapshot', undefined)).toEqual(ok(SNAPSHOT));
    expect(api.invoke).not.toHaveBeenCalled();
    expect(await prefetched.invoke('accounts:snapshot', undefined)).toEqual(ok({ version: 9, accounts: [] }));
    expect(api.invoke).toHaveBeenCalledTimes(1);
  });

  it('asks the API when the early answer failed', async () => {
    const api = fakeApi();
    const prefetched = withPrefetch(api, { 'accounts:snapshot': Promise.resolve(fail('unavailable', 'no route')) });
    expect(await prefetched.invoke('accounts:snapshot', undefined)).toEqual(ok({ version: 9, accounts: [] }));
    expect(api.invoke).toHaveBeenCalledWith('accounts:snapshot', undefined);
  });
});

describe('fetchSnapshot', () => {
  it('presents the key, reads the Result the server sent, and turns an HTTP error or a network failure into a failed one', async () => {
    const answer = (status: number, body: unknown) =>
      vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(JSON.stringify(body), { status })));
    const rejected = vi.fn();
    const good = answer(200, ok(SNAPSHOT));
    expect(await fetchSnapshot('k3y', rejected, good as never)).toEqual(ok(SNAPSHOT));
    expect(good.mock.calls[0]?.[1]?.headers).toEqual({ Authorization: 'Bearer k3y' });
    expect(good.mock.calls[0]?.[1]?.credentials).toBe('omit');
    expect((await fetchSnapshot('k3y', rejected, answer(404, 'Not found') as never)).ok).toBe(false);
    expect((await fetchSnapshot('k3y', rejected, vi.fn(() => Promise.reject(new TypeError('offline'))) as never)).ok).toBe(false);
    expect(rejected).not.toHaveBeenCalled();
  });

  it('tells when the server refuses the key (a link from an earlier start)', async () => {
    const rejected = vi.fn();
    const refused = vi.fn(() => Promise.resolve(new Response('no', { status: 401 })));
    expect((await fetchSnapshot('old', rejected, refused as never)).ok).toBe(false);
    expect(rejected).toHaveBeenCalledTimes(1);
  });
});
