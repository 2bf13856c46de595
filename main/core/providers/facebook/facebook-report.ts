/**
 * Turns the answers of one Facebook grant check into verdicts: grant-wide failures first (the person's login),
 * then each Page (role, publishing state, Page token, permissions) and each linked Instagram account, and the
 * Pages listed that Tether doesn't track yet. An expired user token is not a grant-wide failure: Page tokens
 * from a long-lived login don't expire (facts c), so Pages are judged by their own answers.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import type { Classification } from '../../reasons/classification';
import { isObject, stringField } from '../../reasons/response-body';
import { fieldClassification } from '../field-classification';
import type { DiscoveredAccount, GrantExpiries, GrantInput, GrantVerdict, PermissionState } from '../provider';
import { objectArray, readGraphAnswer, type GraphRead, type ReadOptions } from './graph-answers';
import { readCheckAnswer, type CheckAnswer } from './permission-recheck';
import type { OperationRole } from './facebook-operations';
import { INSTAGRAM_SCOPES, missingScopes, PAGE_SCOPES } from './facebook-scopes';
import { instagramVerdict, pageVerdict, type CheckContext } from './facebook-verdicts';
import { grantedAssets } from './granular-scopes';
import { newAccountsIn } from './listed-accounts';

export interface FacebookReport {
  readonly grant: GrantVerdict;
  readonly accounts: Map<string, AccountVerdict>;
  readonly expiries: GrantExpiries;
  readonly permissions: PermissionState | null;
  /** Pages and Instagram accounts listed now that Tether doesn't track under this grant yet. */
  readonly newAccounts: DiscoveredAccount[];
}

type Answers = ReadonlyArray<CheckAnswer>;

function find(answers: Answers, kind: OperationRole['kind'], id?: string): CheckAnswer | undefined {
  return answers.find(
    ({ role }) => role.kind === kind && (id === undefined || ('pageId' in role ? role.pageId : 'instagramId' in role ? role.instagramId : undefined) === id),
  );
}

function readPermissions(read: GraphRead | null): PermissionState | null {
  if (!read || read.kind !== 'ok') return null;
  const rows = objectArray(read.body, 'data');
  const granted = rows
    .filter((r) => r.status === 'granted')
    .map((r) => stringField(r, 'permission'))
    .filter((p): p is string => p !== null);
  const declined = rows
    .filter((r) => r.status !== 'granted')
    .map((r) => stringField(r, 'permission'))
    .filter((p): p is string => p !== null);
  return { granted, declined, missing: missingScopes([...PAGE_SCOPES, ...INSTAGRAM_SCOPES], granted) };
}

function readExpiries(grant: GrantInput, debug: GraphRead | null): GrantExpiries {
  const data = debug?.kind === 'ok' && isObject(debug.body.data) ? debug.body.data : null;
  const seconds = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v * 1000 : null);
  const access = data && typeof data.expires_at === 'number' ? (data.expires_at === 0 ? 'never' : data.expires_at * 1000) : grant.tokens.accessExpiresAt;
  return { access, refresh: null, dataAccess: (data && seconds(data.data_access_expires_at)) ?? grant.tokens.dataAccessExpiresAt };
}

/** A grant-wide problem from the person's own answers, or null when the login itself is fine. */
function grantProblem(me: GraphRead, pages: GraphRead, debug: GraphRead | null, options: ReadOptions): Classification | null {
  if (me.kind === 'problem') return me.classification;
  if (pages.kind === 'problem') return pages.classification;
  const data = debug?.kind === 'ok' && isObject(debug.body.data) ? debug.body.data : null;
  if (!data || data.is_valid !== false) return null;
  // debug_token answers 200 with is_valid:false and (usually) its own error object: classify that object.
  const verdict = readGraphAnswer('facebook', { status: 400, headers: {}, body: JSON.stringify({ error: data.error ?? { code: 190 } }) }, options);
  return verdict.kind === 'problem' ? verdict.classification : null;
}

/** Interprets the answers of a login whose user token expired: each Page by its own Page-token answer. */
function expiredLogin(grant: GrantInput, answers: Answers, read: Reader, expired: Classification, expiries: GrantExpiries): FacebookReport {
  const accounts = new Map<string, AccountVerdict>();
  const check: CheckContext = { listed: null, complete: false, grants: null, permissions: null, expiresAt: null };
  for (const account of grant.accounts) {
    const id = account.networkAccountId;
    const verdict =
      account.provider === 'facebook'
        ? pageVerdict(id, read('facebook', find(answers, 'page', id)), check)
        : // Instagram is read with the user token, so it waits for the login to be renewed.
          { kind: 'problem' as const, classification: expired };
    accounts.set(id, verdict);
  }
  return { grant: { kind: 'ok', expired }, accounts, expiries, permissions: null, newAccounts: [] };
}

type Reader = (network: 'facebook' | 'instagram', answer: CheckAnswer | undefined) => GraphRead | null;

/** Interprets every answer of a check. */
export function interpretFacebookCheck(grant: GrantInput, answers: Answers, options: ReadOptions): FacebookReport {
  const read: Reader = (network, answer) => (answer ? readCheckAnswer(network, answer, options) : null);
  const me = read('facebook', find(answers, 'me')) ?? { kind: 'problem', classification: fieldClassification('transient_provider_error') };
  const pages = read('facebook', find(answers, 'pages')) ?? me;
  const debug = read('facebook', find(answers, 'debug_token'));
  const permissions = readPermissions(read('facebook', find(answers, 'permissions')));
  const expiries = readExpiries(grant, debug);
  const accounts = new Map<string, AccountVerdict>();
  const failure = grantProblem(me, pages, debug, options);
  if (failure?.reason === 'token_expired') return expiredLogin(grant, answers, read, failure, expiries);
  if (failure) return { grant: { kind: 'problem', classification: failure }, accounts, expiries, permissions, newAccounts: [] };

  const pagesBody = pages.kind === 'ok' ? pages.body : {};
  const rows = objectArray(pagesBody, 'data');
  const check: CheckContext = {
    listed: new Map(rows.map((p) => [stringField(p, 'id') ?? '', p])),
    complete: !(isObject(pagesBody.paging) && typeof pagesBody.paging.next === 'string'),
    grants: grantedAssets(debug),
    permissions,
    expiresAt: typeof expiries.access === 'number' ? expiries.access : null,
  };
  for (const account of grant.accounts.filter((a) => a.provider === 'facebook')) {
    const id = account.networkAccountId;
    accounts.set(id, pageVerdict(id, read('facebook', find(answers, 'page', id)), check));
  }
  for (const account of grant.accounts.filter((a) => a.provider === 'instagram')) {
    const parent = account.parentNetworkId ? accounts.get(account.parentNetworkId) : undefined;
    const own = read('instagram', find(answers, 'instagram', account.networkAccountId));
    accounts.set(account.networkAccountId, instagramVerdict(account.networkAccountId, account.parentNetworkId, own, parent, check));
  }
  return { grant: { kind: 'ok' }, accounts, expiries, permissions, newAccounts: newAccountsIn(rows, grant.accounts) };
}
