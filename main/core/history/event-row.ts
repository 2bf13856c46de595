/** Converts between history events and rows of the `events` table (see migrations/0020-history-events.ts). */
import type { HistoryEvent, HistoryEventInput, RecordedStatus, CheckOutcome, ExpiryThreshold } from '../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';
import { assertNever } from '../kernel/assert-never';

/** The columns that hold what each kind of event says, in order (an export writes them in this order too). */
export const PAYLOAD_COLUMNS = [
  'outcome',
  'latency_ms',
  'reason',
  'from_status',
  'to_status',
  'provider_code',
  'provider_subcode',
  'message',
  'trace_id',
  'threshold',
  'expires_at',
  'missing_scopes',
  'declined_scopes',
] as const;

/** The columns an insert fills, in order. */
export const INSERT_COLUMNS = ['at', 'kind', 'grant_key', 'account_key', ...PAYLOAD_COLUMNS] as const;

/** One value per INSERT_COLUMNS entry, bound positionally (binding 17 named parameters costs three times as much). */
export type InsertValues = (string | number | null)[];

/** Where each column sits in InsertValues. */
const COL = Object.fromEntries(INSERT_COLUMNS.map((name, i) => [name, i])) as Record<(typeof INSERT_COLUMNS)[number], number>;

/** The columns every event read selects, joined with the account and grant ids and the network. */
export const EVENT_COLUMNS = `e.id, e.at, e.kind, ha.account_id, hg.grant_id, hg.provider, e.outcome, e.latency_ms, e.reason,
  e.from_status, e.to_status, e.provider_code, e.provider_subcode, e.message, e.trace_id, e.threshold, e.expires_at,
  e.missing_scopes, e.declined_scopes`;
/** The joins that go with EVENT_COLUMNS (events aliased `e`). */
export const EVENT_JOINS = `JOIN history_grants hg ON hg.key = e.grant_key LEFT JOIN history_accounts ha ON ha.key = e.account_key`;

/** One row as EVENT_COLUMNS reads it. */
export interface EventRow {
  id: number;
  at: number;
  kind: HistoryEventInput['kind'];
  account_id: string | null;
  grant_id: string;
  provider: string;
  outcome: string | null;
  latency_ms: number | null;
  reason: string | null;
  from_status: string | null;
  to_status: string | null;
  provider_code: string | number | null;
  provider_subcode: string | number | null;
  message: string | null;
  trace_id: string | null;
  threshold: string | null;
  expires_at: number | null;
  missing_scopes: string | null;
  declined_scopes: string | null;
}

/**
 * The insert values for an input event, given the keys its subject resolved to. Built by index into a preset array:
 * object spreads here cost ~10 µs per event in V8, more than the insert itself.
 */
export function toInsertValues(event: HistoryEventInput, grantKey: number, accountKey: number | null): InsertValues {
  const v: InsertValues = new Array<string | number | null>(INSERT_COLUMNS.length).fill(null);
  v[COL.at] = event.at;
  v[COL.kind] = event.kind;
  v[COL.grant_key] = grantKey;
  v[COL.account_key] = accountKey;
  switch (event.kind) {
    case 'check':
      v[COL.outcome] = event.outcome;
      v[COL.latency_ms] = event.latencyMs;
      v[COL.reason] = event.reason;
      return v;
    case 'status_changed':
      v[COL.from_status] = event.from;
      v[COL.to_status] = event.to;
      v[COL.reason] = event.reason;
      v[COL.provider_code] = event.providerCode;
      v[COL.provider_subcode] = event.providerSubcode;
      v[COL.message] = event.message;
      v[COL.trace_id] = event.traceId;
      return v;
    case 'token_refreshed':
      v[COL.expires_at] = event.expiresAt;
      return v;
    case 'reconnected':
    case 'disconnected_by_user':
      return v;
    case 'expiry_warning':
      v[COL.threshold] = event.threshold;
      v[COL.expires_at] = event.expiresAt;
      return v;
    case 'permission_drift':
      v[COL.missing_scopes] = JSON.stringify(event.missingScopes);
      v[COL.declined_scopes] = JSON.stringify(event.declinedScopes);
      return v;
    default:
      return assertNever(event);
  }
}

function scopes(json: string | null): string[] {
  return json === null ? [] : (JSON.parse(json) as string[]);
}

/**
 * The event a row holds. Columns only ever contain what toInsertValues wrote (CHECK constraints guard the rest).
 * Objects are written out per kind rather than spread from a common part: spreads cost microseconds per row in V8.
 */
export function fromRow(r: EventRow): HistoryEvent {
  const provider = r.provider as ProviderId;
  const grantId = r.grant_id as GrantId;
  const accountId = r.account_id as AccountId | null;
  const { id, at, kind } = r;
  switch (kind) {
    case 'check':
      return {
        id,
        at,
        provider,
        grantId,
        kind,
        accountId: accountId as AccountId,
        outcome: r.outcome as CheckOutcome,
        latencyMs: r.latency_ms ?? 0,
        reason: r.reason as ReasonId | null,
      };
    case 'status_changed':
      return {
        id,
        at,
        provider,
        grantId,
        kind,
        accountId: accountId as AccountId,
        from: r.from_status as RecordedStatus,
        to: r.to_status as RecordedStatus,
        reason: r.reason as ReasonId | null,
        providerCode: r.provider_code,
        providerSubcode: r.provider_subcode,
        message: r.message,
        traceId: r.trace_id,
      };
    case 'token_refreshed':
      return { id, at, provider, grantId, kind, accountId, expiresAt: r.expires_at };
    case 'reconnected':
    case 'disconnected_by_user':
      return { id, at, provider, grantId, kind, accountId };
    case 'expiry_warning':
      return { id, at, provider, grantId, kind, accountId, threshold: r.threshold as ExpiryThreshold, expiresAt: r.expires_at ?? 0 };
    case 'permission_drift':
      return { id, at, provider, grantId, kind, accountId, missingScopes: scopes(r.missing_scopes), declinedScopes: scopes(r.declined_scopes) };
    default:
      return assertNever(kind);
  }
}
