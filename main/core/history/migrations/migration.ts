/** The shape of one numbered schema migration. Migrations import nothing from app code. */
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Multiples of 10, strictly increasing, never renumbered once shipped. */
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
