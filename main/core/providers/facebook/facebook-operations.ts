/**
 * The operations of one Facebook grant check, as one Graph batch (two or more only past 50 operations):
 * who the person is, their permissions, their Pages with tasks, publishing state and linked Instagram account,
 * each known Page through its own Page token, each known Instagram account, and `debug_token` when the user's
 * Meta app secret is available.
 */
import type { GrantInput } from '../provider';
import type { BatchOperation } from './graph-batch';

/**
 * Fields read on each Page of /me/accounts. Every name exists in Meta's SDK (Page, IGUser) or the edge
 * allowlist (`tasks`): the conformance test checks it, since one unknown field fails the whole list.
 */
export const PAGE_FIELDS = 'id,name,tasks,is_published,instagram_business_account{id,username,name}';
/**
 * Fields read on each tracked Page through its own Page token: enough to judge a Page that /me/accounts leaves out
 * (portfolio Pages), whose publishing state is then known from its own answer.
 */
export const OWN_PAGE_FIELDS = 'id,name,is_published';
/** Fields read on each Instagram account's own node (IGUser has no account_type under Facebook Login). */
export const INSTAGRAM_FIELDS = 'id,username,name';
/** Pages per /me/accounts read: Graph's default is 25; 100 is the largest Tether asks for (UNVERIFIED maximum). */
export const ACCOUNTS_PAGE_SIZE = 100;

export type OperationRole =
  | { readonly kind: 'me' }
  | { readonly kind: 'permissions' }
  | { readonly kind: 'pages' }
  | { readonly kind: 'debug_token' }
  | { readonly kind: 'page'; readonly pageId: string }
  | { readonly kind: 'instagram'; readonly instagramId: string };

export interface PlannedOperation extends BatchOperation {
  readonly role: OperationRole;
}

/** Plans every operation of a check, grant-wide ones first so they land in the first batch. */
export function planOperations(grant: GrantInput, appToken: string | null): PlannedOperation[] {
  const ops: PlannedOperation[] = [
    { role: { kind: 'me' }, relativeUrl: 'me?fields=id,name' },
    { role: { kind: 'permissions' }, relativeUrl: 'me/permissions?limit=200' },
    { role: { kind: 'pages' }, relativeUrl: `me/accounts?fields=${encodeURIComponent(PAGE_FIELDS)}&limit=${ACCOUNTS_PAGE_SIZE}` },
  ];
  if (appToken) {
    ops.push({
      role: { kind: 'debug_token' },
      relativeUrl: `debug_token?input_token=${encodeURIComponent(grant.tokens.accessToken)}`,
      accessToken: appToken,
    });
  }
  for (const account of grant.accounts) {
    if (account.provider === 'facebook') {
      const pageToken = grant.pageTokens.get(account.networkAccountId);
      // Through the Page's own token: that is what publishing uses, and where 492 and 2FA errors appear.
      ops.push({
        role: { kind: 'page', pageId: account.networkAccountId },
        relativeUrl: `${account.networkAccountId}?fields=${encodeURIComponent(OWN_PAGE_FIELDS)}`,
        ...(pageToken ? { accessToken: pageToken } : {}),
      });
    } else if (account.provider === 'instagram') {
      ops.push({
        role: { kind: 'instagram', instagramId: account.networkAccountId },
        relativeUrl: `${account.networkAccountId}?fields=${encodeURIComponent(INSTAGRAM_FIELDS)}`,
      });
    }
  }
  return ops;
}
