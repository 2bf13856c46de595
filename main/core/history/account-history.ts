/** Answers the detail panel's history request from the history queries. */
import type { AccountHistory, AccountHistoryRequest } from '../../../shared/domain/account-history';
import { RequestError } from '../ipc/request-error';
import { BadPageRequestError } from './paging';
import type { HistoryService } from './history.service';

const DAY_MS = 24 * 3_600_000;

/** A page of the account's timeline with its uptime and reconnect figures. */
export function accountHistory(history: HistoryService, request: AccountHistoryRequest, now: number): AccountHistory {
  let page;
  try {
    page = history.timeline.timeline(request.accountId, {}, { cursor: request.cursor ?? null, limit: request.limit ?? 50 });
  } catch (error) {
    if (error instanceof BadPageRequestError) throw new RequestError('invalid_request', error.message);
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
