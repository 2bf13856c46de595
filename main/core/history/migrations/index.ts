/** Every migration, in order. Append only: never edit or renumber one that has shipped. */
import type { Migration } from './migration';
import m0010 from './0010-grants-and-accounts';

export const MIGRATIONS: readonly Migration[] = [m0010];
