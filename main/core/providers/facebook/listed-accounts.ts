/** The accounts a `/me/accounts` answer lists: each Page, and the Instagram account linked to it. */
import { isObject, stringField, type JsonObject } from '../../reasons/response-body';
import type { DiscoveredAccount, KnownAccount } from '../provider';
import { stringArray } from './graph-answers';

/**
 * The Page and (when linked) its Instagram account, as Tether tracks them, with the person's tasks on the Page for
 * the picker's role check: publishing to the Instagram account needs MANAGE or CREATE_CONTENT on its Page too
 * (media_publish doc), so it carries the Page's tasks. A row without `tasks` (a Page read through a portfolio or by
 * id: `tasks` belongs to /me/accounts only) carries none, so nothing is flagged that Graph didn't say.
 */
export function accountsOfPageRow(row: JsonObject, viaPortfolio?: string | null): DiscoveredAccount[] {
  const id = stringField(row, 'id');
  if (!id) return [];
  const common = {
    ...(Array.isArray(row.tasks) ? { tasks: stringArray(row.tasks) } : {}),
    ...(viaPortfolio !== undefined ? { viaPortfolio } : {}),
  };
  const out: DiscoveredAccount[] = [
    { provider: 'facebook', networkAccountId: id, name: stringField(row, 'name') ?? id, handle: null, parentNetworkId: null, ...common },
  ];
  const ig = linkedInstagramId(row);
  if (ig && isObject(row.instagram_business_account)) {
    const username = stringField(row.instagram_business_account, 'username');
    const name = stringField(row.instagram_business_account, 'name') ?? username ?? ig;
    out.push({ provider: 'instagram', networkAccountId: ig, name, handle: username ? `@${username}` : null, parentNetworkId: id, ...common });
  }
  return out;
}

/** The id in a Page row's `instagram_business_account`, or null when none is linked. */
export function linkedInstagramId(row: JsonObject): string | null {
  return isObject(row.instagram_business_account) ? stringField(row.instagram_business_account, 'id') : null;
}

/** Listed accounts Tether does not track yet under this grant, in list order. */
export function newAccountsIn(rows: readonly JsonObject[], known: readonly KnownAccount[]): DiscoveredAccount[] {
  const tracked = new Set(known.map((a) => `${a.provider}:${a.networkAccountId}`));
  return rows.flatMap((row) => accountsOfPageRow(row)).filter((a) => !tracked.has(`${a.provider}:${a.networkAccountId}`));
}
