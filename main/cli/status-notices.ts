/**
 * The app's notices a command-line user must hear about too, one line each for stderr: logins whose saved tokens
 * can't be read (every run, while it lasts), and a settings repair this very run made (once: the app shows it
 * until dismissed; a cron job repeating it every run would bury it).
 */
import type { AppStatus } from '../../shared/domain/app-status';
import type { SettingsNotice } from '../../shared/domain/settings';

/** Lines for `status`'s lasting problems (the damaged-database notice has its own handling: it changes the exit code). */
export function noticeLines(status: AppStatus): string[] {
  return status.notices.filter((notice) => notice.kind === 'secrets_unreadable').map((notice) => notice.message);
}

/** The line for a settings repair made at or after `since` (this run), or null. */
export function settingsNoticeLine(notice: SettingsNotice | null, since: number): string | null {
  if (!notice || notice.at < since) return null;
  return `${notice.reason} The old file is kept at ${notice.backupPath}.`;
}
