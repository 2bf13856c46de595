/** The mark up to which daily rollups are complete (table rollup_state, migration 0030). */
import type { Database } from 'better-sqlite3';

/** The last UTC day whose rollups are complete, or null before the first rollup. */
export function rolledThroughDay(db: Database): number | null {
  const row = db.prepare('SELECT rolled_through_day FROM rollup_state WHERE id = 1').get() as { rolled_through_day: number | null } | undefined;
  return row?.rolled_through_day ?? null;
}

/** Moves the mark. Only retention (and the seeder of tests) calls this, after writing the rollups it covers. */
export function setRolledThroughDay(db: Database, day: number): void {
  db.prepare('UPDATE rollup_state SET rolled_through_day = ? WHERE id = 1').run(day);
}
