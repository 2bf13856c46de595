/** The composition root of the core: opens the database and wires the services. Knows nothing of Electron. */
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../history/database';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { CoreEventBus } from './core-events';
import { systemClock, type Clock } from './clock';
import { createLogger } from '../logging/create-logger';

export interface TetherCoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
}

/** Everything the transports and the CLI need from the core. */
export interface TetherCore {
  readonly dataDir: string;
  readonly db: Database;
  readonly events: CoreEventBus;
  readonly accounts: AccountsService;
  close(): void;
}

/** Opens the core on a data directory. */
export function openTetherCore({ dataDir, clock = systemClock }: TetherCoreOptions): TetherCore {
  const log = createLogger('core');
  const db = openDatabase({ dataDir, log: log.child('db') });
  const events = new CoreEventBus();
  const accounts = new AccountsService(new AccountsRepository(db), events, clock);
  return {
    dataDir,
    db,
    events,
    accounts,
    close: () => db.close(),
  };
}
