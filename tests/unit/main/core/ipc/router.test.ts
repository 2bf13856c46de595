import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore, type TetherCore } from '../../../../../main/core/app/tether-core';
import { createHandlers } from '../../../../../main/core/ipc/handlers';
import { createRouter, type Handlers } from '../../../../../main/core/ipc/router';
import { createLogger } from '../../../../../main/core/logging/create-logger';
import { RequestError } from '../../../../../main/core/kernel/request-error';
import { seedFewAccounts } from '../../../../fixtures/seed-accounts';
import type { AccountsDelta } from '../../../../../shared/domain/accounts-change';
import type { AccountView } from '../../../../../shared/domain/account-view';

const log = createLogger('test');
let dir: string;
let core: TetherCore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tether-router-'));
  core = await openTetherCore({ dataDir: dir });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('router', () => {
  it('answers accounts:list from the real database', async () => {
    seedFewAccounts(core.accounts);
    const router = createRouter(createHandlers(core), core.events, log);
    const result = await router.invoke('accounts:list', undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = (result.value as AccountView[]).map((a) => a.name);
    expect(names).toEqual(['Harbor Bakery', 'Northside Cycles', 'Harbor Bakery']);
  });

  it('refuses unknown channels and malformed requests without calling the core', async () => {
    let calls = 0;
    const handlers: Handlers = {
      ...createHandlers(core),
      'accounts:list': () => {
        calls += 1;
        return [];
      },
    };
    const router = createRouter(handlers, core.events, log);
    expect(await router.invoke('accounts:delete-everything', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.invoke({ toString: 1 }, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.invoke('accounts:list', { unexpected: true })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await router.invoke('accounts:list', 'text')).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(calls).toBe(0);
  });

  it('never lets a response that breaks the contract reach a transport', async () => {
    const leaky = [
      {
        id: 'a',
        grantId: 'g',
        provider: 'facebook',
        name: 'x',
        handle: null,
        status: 'connected',
        reason: null,
        statusSince: 1,
        lastCheckedAt: null,
        expiresAt: null,
        lastKnownStatus: 'connected',
        unverifiedSince: null,
        problem: null,
        accessToken: 'EAAsecret',
      },
    ];
    const router = createRouter({ ...createHandlers(core), 'accounts:list': () => leaky as unknown as AccountView[] }, core.events, log);
    const result = await router.invoke('accounts:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('EAAsecret');
  });

  it('turns a throwing handler into an internal error result', async () => {
    const router = createRouter(
      {
        ...createHandlers(core),
        'accounts:list': () => {
          throw new Error('disk on fire');
        },
      },
      core.events,
      log,
    );
    expect(await router.invoke('accounts:list', undefined)).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });

  it('passes an expected refusal through with its own code, and demo channels say demo mode is off', async () => {
    const router = createRouter(
      {
        ...createHandlers(core),
        'accounts:list': () => {
          throw new RequestError('not_found', 'No such account.');
        },
      },
      core.events,
      log,
    );
    expect(await router.invoke('accounts:list', undefined)).toEqual({ ok: false, error: { code: 'not_found', message: 'No such account.' } });
    expect(await router.invoke('demo:scenarios', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('Demo mode is off') },
    });
  });

  it('pushes accounts:changed deltas to subscribers until they unsubscribe', () => {
    const router = createRouter(createHandlers(core), core.events, log);
    const seen: unknown[] = [];
    const off = router.subscribe((event, payload) => {
      const delta = payload as AccountsDelta;
      seen.push([event, delta.from, delta.to, delta.changed.length]);
    });
    seedFewAccounts(core.accounts);
    off();
    core.accounts.announce();
    expect(seen).toEqual([
      ['accounts:changed', 0, 1, 2],
      ['accounts:changed', 1, 2, 1],
    ]);
  });

  it('validates a pushed event once, however many subscribers there are', () => {
    const router = createRouter(createHandlers(core), core.events, log);
    const payloads: unknown[] = [];
    router.subscribe((_e, payload) => payloads.push(payload));
    router.subscribe((_e, payload) => payloads.push(payload));
    seedFewAccounts(core.accounts);
    expect(payloads).toHaveLength(4);
    expect(payloads[0]).toBe(payloads[1]);
  });

  it('drops pushed events whose payload breaks the contract', () => {
    const router = createRouter(createHandlers(core), core.events, log);
    const seen: unknown[] = [];
    router.subscribe((event) => seen.push(event));
    core.events.emit('accounts:changed', { kind: 'delta', from: 0, to: 1, changed: [{ bogus: true }], removed: [] } as unknown as AccountsDelta);
    expect(seen).toEqual([]);
  });
});
