/** One row of the accounts table, and the readers that tolerate a damaged JSON column instead of failing a list. */
import type { ProblemDetails } from '../../../shared/domain/account-view';
import type { KnownStatus } from './status-machine';

export interface AccountRow {
  id: string;
  grant_id: string;
  provider: string;
  network_account_id: string;
  parent_network_id: string | null;
  name: string;
  handle: string | null;
  status: string;
  reason: string | null;
  status_since: number;
  last_checked_at: number | null;
  expires_at: number | null;
  last_known_status: string | null;
  unverified_since: number | null;
  problem: string | null;
  warned_thresholds: string;
  proven_alive_at: number | null;
}

/**
 * The status an account had before checks started failing. Rows written before the column existed have none:
 * an unverified one was connected as far as anyone knew, any other one is what its status says.
 */
export function knownStatusOf(row: Pick<AccountRow, 'status' | 'last_known_status'>): KnownStatus {
  return (row.last_known_status ?? (row.status === 'unverified' ? 'connected' : row.status)) as KnownStatus;
}

/** Reads the stored problem JSON; a damaged value shows as no details. */
export function parseProblem(text: string | null): ProblemDetails | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ProblemDetails>;
    const base = { code: value.code ?? null, subcode: value.subcode ?? null, traceId: value.traceId ?? null, detail: value.detail ?? null };
    return typeof value.signal === 'string' ? { ...base, signal: value.signal } : base;
  } catch {
    return null;
  }
}

/** Reads a stored JSON list of strings; anything else reads as empty. */
export function parseStringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
