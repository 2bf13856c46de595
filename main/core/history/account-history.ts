/** Answers the detail panel's history request from the history queries. */
import type { AccountHistory, AccountHistoryRequest } from '../../../shared/domain/account-history';
import { RequestError } from '../kernel/request-error';
import { BadPageRequestError } from './paging';
import { UnknownAccountError } from './timeline.queries';
import type { HistoryService } from './history.service';

const DAY_MS = 24 * 3_600_000;

/** Nothing recorded yet: an account that was never checked has an empty history, not an error. */
const EMPTY: AccountHistory = {
  events: [],
  nextCursor: null,
  uptime: [7, 30, 90].map((days) => ({ days, uptime: null })),
  reconnect: { count: 0, open: 0, meanMs: null, medianMs: null },
};

/**
 * A page of the account's timeline with its uptime and reconnect figures. `accountExists` tells an account
 * without history yet (empty) from an unknown id (not found).
 */
export function accountHistory(history: HistoryService, request: AccountHistoryRequest, now: number, accountExists: boolean): AccountHistory {
  let page;
  try {
    page = history.timeline.timeline(request.accountId, {}, { cursor: request.cursor ?? null, limit: request.limit ?? 50 });
  } catch (error) {
    if (error instanceof BadPageRequestError) throw new RequestError('invalid_request', error.message);
    if (error instanceof UnknownAccountError) {
      if (accountExists) return EMPTY;
      throw new RequestError('not_found', `There is no account "${request.accountId}".`);
    }
    throw error;
  }
  const uptime = history.uptime.byAccount({ accountId: request.accountId }, now).items[0]?.windows ?? [];
  const reconnect = history.outages.reconnectTimes({ accountId: request.accountId, since: now - 90 * DAY_MS }).overall;
  return {
    events: page.items,
    nextCursor: page.nextCursor,
    uptime: uptime.map((w) => ({ days: w.days, uptime: w.uptime })),
    reconnect: { count: reconnect.count, open: reconnect.open, meanMs: reconnect.meanMs, medianMs: reconnect.medianMs },
  };
}
