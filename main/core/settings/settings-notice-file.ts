/**
 * A settings repair is news until the user has seen it. The notice is kept in `settings.notice.json` beside the
 * settings until the UI dismisses it, so a repair done by a one-shot process (a cron `tether check`, `tether
 * history`) is still shown by the app that opens next, instead of being lost with that process.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsNoticeSchema, type SettingsNotice } from '../../../shared/domain/settings';
import { PRIVATE_FILE_MODE } from '../paths/private-files';

export const NOTICE_FILE = 'settings.notice.json';

/** Keeps the notice until it is dismissed (written whole, through a rename). */
export function keepNotice(dataDir: string, notice: SettingsNotice): void {
  const path = join(dataDir, NOTICE_FILE);
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(temp, `${JSON.stringify(notice, null, 2)}\n`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    renameSync(temp, path);
  } catch {
    // The notice still shows in this process; only its survival across restarts is lost.
    rmSync(temp, { force: true });
  }
}

/** The notice a repair left and nobody dismissed yet, or null (a damaged notice file reads as none). */
export function pendingNotice(dataDir: string): SettingsNotice | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, NOTICE_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SettingsNoticeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the notice for good, once the user dismissed it. */
export function forgetNotice(dataDir: string): void {
  rmSync(join(dataDir, NOTICE_FILE), { force: true });
}
