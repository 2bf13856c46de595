/**
 * Who holds a refresh lease, beyond a process id: the process's start identity (its start time since boot and
 * the boot id on Linux, its start time elsewhere). A lease whose pid now names another process (reused after a
 * crash or a reboot) is then known abandoned at once, instead of after the lease's two minutes. NULL for leases
 * written before this column existed.
 */
import type { Migration } from './migration';

const migration: Migration = {
  version: 210,
  name: 'refresh-lease-holder',
  up(db) {
    db.exec(`ALTER TABLE refresh_leases ADD COLUMN holder_start TEXT;`);
  },
};
export default migration;
