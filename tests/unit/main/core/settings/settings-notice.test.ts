/**
 * A damaged settings.json is never moved aside silently: the repair is logged, and its notice survives the
 * process that made it (a cron `tether check`, `tether history`), so the app that opens next shows it in its
 * status, until the user dismisses it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSettingsStore } from '../../../../../main/core/settings/open-settings-store';
import { openTetherCore } from '../../../../../main/core/app/tether-core';
import { MemorySecretStore } from '../../../../../main/core/secrets/memory-secret-store';
import { setLogSink, type LogSink } from '../../../../../main/core/logging/create-logger';

let dir: string;
let lines: string[];
let previousSink: LogSink;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-settings-notice-'));
  lines = [];
  previousSink = setLogSink((line) => lines.push(line));
});
afterEach(() => {
  setLogSink(previousSink);
  rmSync(dir, { recursive: true, force: true });
});

async function appStatus() {
  const store = new MemorySecretStore();
  const core = await openTetherCore({ dataDir: dir, secrets: { store, health: await store.health() } });
  try {
    return { status: await core.status.status(), core };
  } finally {
    core.close();
  }
}

describe('a damaged settings file', () => {
  it('is logged by the process that repairs it, even one given no logger', () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    openSettingsStore({ dataDir: dir });
    expect(lines.some((line) => /settings file repaired; backup at .*settings\.json\.corrupt-/.test(line))).toBe(true);
  });

  it('is still news for the app that opens after a one-shot process repaired it, until dismissed', async () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    // `tether history` (or a cron check) opens the settings, repairs them, and exits.
    openSettingsStore({ dataDir: dir });
    const backup = readdirSync(dir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(backup).toBeDefined();

    const { status } = await appStatus();
    const notice = status.notices.find((n) => n.kind === 'settings_reset');
    expect(notice?.message).toMatch(/could not be read/);
    expect(notice?.path).toBe(join(dir, backup ?? ''));

    // The user dismisses it in the app: gone for good.
    const store = new MemorySecretStore();
    const core = await openTetherCore({ dataDir: dir, secrets: { store, health: await store.health() } });
    await core.status.dismiss(notice?.id ?? '');
    core.close();
    expect((await appStatus()).status.notices).toEqual([]);
    expect(existsSync(join(dir, 'settings.notice.json'))).toBe(false);
  });
});
