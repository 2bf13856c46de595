/**
 * Rate-limit accounting for one Graph call: counts it against the caller's buckets, returns the usage headers
 * (X-App-Usage for user/app tokens, X-Business-Use-Case-Usage for Page tokens, facts §b.7), and the error
 * Graph sends once a bucket is over its limit (codes 4, 17, 32, 80001).
 */
import type { SimContext } from '../simulator-context';
import type { UsagePercent } from '../state/usage-counters';
import type { GraphCaller } from './graph-auth';
import { graphErrors, type GraphFault } from './graph-error';

export interface Metered {
  readonly headers: Record<string, string>;
  readonly limitError: GraphFault | null;
}

const FULL: UsagePercent = { call_count: 100, total_time: 100, total_cputime: 100 };

function bucHeader(pageId: string, percent: UsagePercent, regainMinutes: number): string {
  return JSON.stringify({ [pageId]: [{ type: 'pages', ...percent, estimated_time_to_regain_access: regainMinutes }] });
}

/** Counts the call and reports headers and any limit error. `targetPageId` is the Page node being read, if any. */
export function meterGraphCall(ctx: SimContext, caller: GraphCaller, targetPageId: string | null): Metered {
  const now = ctx.clock.now();
  if (caller.kind === 'page') {
    const page = ctx.usage.countGraph(`page:${caller.page.id}`, now);
    return {
      headers: { 'x-business-use-case-usage': bucHeader(caller.page.id, page.percent, page.regainMinutes) },
      limitError: page.exceeded ? graphErrors.pageBucLimit() : null,
    };
  }
  const app = ctx.usage.countGraph('app', now);
  const headers = { 'x-app-usage': JSON.stringify(app.percent) };
  if (app.exceeded) return { headers, limitError: graphErrors.appLimit() };
  if (caller.kind === 'app') return { headers, limitError: null };
  const user = ctx.usage.countGraph(`user:${caller.user.id}`, now);
  if (user.exceeded) return { headers, limitError: graphErrors.userLimit() };
  const page = targetPageId ? ctx.usage.countGraph(`page:${targetPageId}`, now) : null;
  return { headers, limitError: page?.exceeded ? graphErrors.pageLimit() : null };
}

/** A rate-limit storm fault: the error for `code`, with usage headers pinned at 100%. */
export function stormError(caller: GraphCaller | null, code: 4 | 17 | 32 | 80001): Metered {
  const pageId = caller?.kind === 'page' ? caller.page.id : null;
  if (code === 80001 || pageId) {
    return { headers: { 'x-business-use-case-usage': bucHeader(pageId ?? '0', FULL, 5) }, limitError: graphErrors.pageBucLimit() };
  }
  const headers = { 'x-app-usage': JSON.stringify(FULL) };
  const limitError = code === 4 ? graphErrors.appLimit() : code === 17 ? graphErrors.userLimit() : graphErrors.pageLimit();
  return { headers, limitError };
}
