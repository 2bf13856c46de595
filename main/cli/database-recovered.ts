/** What the CLI says when opening the data folder found a damaged history database and moved it aside. */
import type { AppStatus } from '../../shared/domain/app-status';

/** Where the damaged database went, from the app status notices; null when the database was healthy. */
export function databaseRecovered(status: AppStatus): { movedTo: string } | null {
  const notice = status.notices.find((n) => n.kind === 'database_recovered');
  return notice?.path ? { movedTo: notice.path } : null;
}

/** One line for stderr. */
export function recoveredMessage(recovered: { movedTo: string }): string {
  return `the history database was damaged, so it was moved aside to ${recovered.movedTo} (nothing was deleted) and a new, empty one was started; the accounts it listed are not in the new one`;
}
