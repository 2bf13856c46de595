/** The X ledger in the history database (tables of migration 0400), shared by every process on the data folder. */
import type { Database, Statement } from 'better-sqlite3';
import { REQUEST_MEMORY_MS, type XLedger } from './x-ledger';

export class SqliteXLedger implements XLedger {
  private readonly insertRequest: Statement;
  private readonly pruneRequests: Statement;
  private readonly selectRequests: Statement;
  private readonly insertPaid: Statement;
  private readonly selectPaid: Statement;
  private readonly selectLastPaid: Statement;
  private readonly sumPaid: Statement;

  constructor(db: Database) {
    this.insertRequest = db.prepare('INSERT INTO x_requests (x_user_id, at) VALUES (?, ?)');
    this.pruneRequests = db.prepare('DELETE FROM x_requests WHERE x_user_id = ? AND at < ?');
    this.selectRequests = db.prepare('SELECT at FROM x_requests WHERE x_user_id = ? AND at >= ? ORDER BY at');
    this.insertPaid = db.prepare('INSERT INTO x_paid_reads (day, x_user_id, micros, at) VALUES (?, ?, ?, ?) ON CONFLICT (day, x_user_id) DO NOTHING');
    this.selectPaid = db.prepare('SELECT 1 FROM x_paid_reads WHERE day = ? AND x_user_id = ?');
    this.selectLastPaid = db.prepare('SELECT MAX(day) AS day FROM x_paid_reads WHERE x_user_id = ?');
    this.sumPaid = db.prepare('SELECT COALESCE(SUM(micros), 0) AS total FROM x_paid_reads WHERE at >= ?');
  }

  recordRequest(xUserId: string, at: number): void {
    this.pruneRequests.run(xUserId, at - REQUEST_MEMORY_MS);
    this.insertRequest.run(xUserId, at);
  }

  requestsSince(xUserId: string, since: number): number[] {
    return (this.selectRequests.all(xUserId, since) as Array<{ at: number }>).map((r) => r.at);
  }

  recordPaidRead(xUserId: string, day: string, micros: number, at: number): boolean {
    return this.insertPaid.run(day, xUserId, micros, at).changes > 0;
  }

  paidOn(xUserId: string, day: string): boolean {
    return this.selectPaid.get(day, xUserId) !== undefined;
  }

  lastPaidDay(xUserId: string): string | null {
    return (this.selectLastPaid.get(xUserId) as { day: string | null }).day;
  }

  spentSince(since: number): number {
    return (this.sumPaid.get(since) as { total: number }).total;
  }
}
