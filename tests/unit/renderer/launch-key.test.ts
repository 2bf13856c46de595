import { describe, expect, it, vi } from 'vitest';
import { takeLaunchKey, type KeyPlace } from '../../../renderer/src/api/launch-key';
import { keyedDownloader } from '../../../renderer/src/platform/download';

function place(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [['tether.launchKey', stored]]);
  const replaceState = vi.fn();
  const p: KeyPlace = {
    location: { hash, pathname: '/', search: '' },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    history: { replaceState, state: null },
  };
  return { p, storage, replaceState };
}

describe('takeLaunchKey', () => {
  it('takes the key from the fragment, keeps it for reloads and clears it from the address bar', () => {
    const { p, storage, replaceState } = place('#key=abc_DEF-123');
    expect(takeLaunchKey(p)).toBe('abc_DEF-123');
    expect(storage.get('tether.launchKey')).toBe('abc_DEF-123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('uses the kept key on a reload, and a new link replaces an old kept key', () => {
    expect(takeLaunchKey(place('', 'kept').p)).toBe('kept');
    const fresh = place('#key=new', 'old');
    expect(takeLaunchKey(fresh.p)).toBe('new');
    expect(fresh.storage.get('tether.launchKey')).toBe('new');
  });

  it('has no key without a link or a kept one, and survives storage that throws', () => {
    expect(takeLaunchKey(place('').p)).toBeNull();
    expect(takeLaunchKey(place('#other=1').p)).toBeNull();
    const throwing: KeyPlace = {
      location: { hash: '#key=x', pathname: '/a', search: '?b=1' },
      storage: {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
      },
      history: { replaceState: () => undefined, state: null },
    };
    expect(takeLaunchKey(throwing)).toBe('x');
    expect(takeLaunchKey({ ...throwing, location: { hash: '', pathname: '/', search: '' } })).toBeNull();
  });
});

describe('keyedDownloader', () => {
  it('asks for a ticket with the key, then downloads with the ticket added to the query', async () => {
    const fetchFn = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(JSON.stringify({ ticket: 'T1' }), { status: 200 })));
    const started: string[] = [];
    await keyedDownloader('k', fetchFn as never, (url) => started.push(url))('/export?what=events&format=csv');
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/export-tickets');
    expect(fetchFn.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', headers: { Authorization: 'Bearer k' } });
    expect(started).toEqual(['/export?what=events&format=csv&ticket=T1']);
  });

  it('rejects with plain words when the key is stale or the server fails, and starts nothing', async () => {
    const started: string[] = [];
    const answer = (status: number) => vi.fn(() => Promise.resolve(new Response('', { status })));
    await expect(keyedDownloader('k', answer(401) as never, (u) => started.push(u))('/export')).rejects.toThrow(/earlier start/);
    await expect(keyedDownloader('k', answer(500) as never, (u) => started.push(u))('/export')).rejects.toThrow(/HTTP 500/);
    await expect(keyedDownloader('k', vi.fn(() => Promise.reject(new TypeError('x'))) as never, (u) => started.push(u))('/export')).rejects.toThrow(/reached/);
    expect(started).toEqual([]);
  });
});
