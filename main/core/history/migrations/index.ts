/** Every migration, in order. Append only: never edit or renumber one that has shipped. */
import type { Migration } from './migration';
import m0010 from './0010-grants-and-accounts';
import m0020 from './0020-history-events';
import m0030 from './0030-daily-rollups';
import m0040 from './0040-account-health';
import m0050 from './0050-grant-offers';
import m0060 from './0060-refresh-leases';
import m0200 from './0200-sealed-secrets';
import m0210 from './0210-refresh-lease-holder';
import m0400 from './0400-x-checks';
import m0700 from './0700-alert-outbox';

export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0200, m0210, m0400, m0700];
