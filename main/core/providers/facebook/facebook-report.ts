/**
 * Turns the answers of one Facebook grant check into verdicts: grant-wide failures first (the person's login),
 * then each Page (role, publishing state, Page token, permissions) and each linked Instagram account.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import type { Classification } from '../../reasons/classification';
import type { WireInput } from '../../reasons/provider-response';
import { instagramAccountTypeReason, pageRestrictionReason } from '../../reasons/account-fields.classifier';
import { isObject, stringField, type JsonObject } from '../../reasons/response-body';
import { fieldClassification } from '../field-classification';
import type { GrantExpiries, GrantInput, GrantVerdict, PermissionState } from '../provider';
import { objectArray, readGraphAnswer, stringArray, type GraphRead, type ReadOptions } from './graph-answers';
import type { OperationRole } from './facebook-operations';
import { canPublish, INSTAGRAM_SCOPES, missingScopes, PAGE_SCOPES } from './facebook-scopes';

export interface FacebookReport {
  readonly grant: GrantVerdict;
  readonly accounts: Map<string, AccountVerdict>;
  readonly expiries: GrantExpiries;
  readonly permissions: PermissionState | null;
}

type Answers = ReadonlyArray<{ role: OperationRole; answer: WireInput }>;

function find(answers: Answers, kind: OperationRole['kind'], id?: string): WireInput | undefined {
  return answers.find(({ role }) => role.kind === kind && (id === undefined || ('pageId' in role ? role.pageId : 'instagramId' in role ? role.instagramId : undefined) === id))?.answer;
}

function readPermissions(read: GraphRead | null): PermissionState | null {
  if (!read || read.kind !== 'ok') return null;
  const rows = objectArray(read.body, 'data');
  const granted = rows.filter((r) => r.status === 'granted').map((r) => stringField(r, 'permission')).filter((p): p is string => p !== null);
  const declined = rows.filter((r) => r.status !== 'granted').map((r) => stringField(r, 'permission')).filter((p): p is string => p !== null);
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

function missingPermissions(permissions: PermissionState | null, required: readonly string[]): Classification | null {
  if (!permissions) return null;
  const missing = missingScopes(required, permissions.granted);
  return missing.length > 0 ? fieldClassification('missing_permissions', `Missing: ${missing.join(', ')}`) : null;
}

function pageVerdict(pageId: string, listed: Map<string, JsonObject>, complete: boolean, own: GraphRead | null, permissions: PermissionState | null, expiresAt: number | null): AccountVerdict {
  const problem = (c: Classification): AccountVerdict => ({ kind: 'problem', classification: c });
  if (own?.kind === 'problem' && (own.classification.permanent || own.classification.reason !== 'not_a_disconnect')) return problem(own.classification);
  const page = listed.get(pageId);
  if (!page) {
    // Not among the person's Pages any more: their role was removed. Only certain when the list is complete.
    return complete ? problem(fieldClassification('insufficient_page_role', 'The Page is no longer among your Pages')) : { kind: 'ok', expiresAt };
  }
  if (!canPublish(stringArray(page.tasks))) return problem(fieldClassification('insufficient_page_role', `Tasks: ${stringArray(page.tasks).join(', ') || 'none'}`));
  const restricted = pageRestrictionReason(page) ?? (isObject(page.restrictions) && Object.keys(page.restrictions).length > 0 ? 'page_restricted' : null);
  if (restricted) return problem(fieldClassification(restricted, page.is_published === false ? 'The Page is unpublished' : 'The Page has country or age restrictions'));
  return problemOrOk(missingPermissions(permissions, PAGE_SCOPES), expiresAt);
}

function problemOrOk(c: Classification | null, expiresAt: number | null): AccountVerdict {
  return c ? { kind: 'problem', classification: c } : { kind: 'ok', expiresAt };
}

/**
 * Page problems that also block the Instagram account published through the Page: publishing needs MANAGE or
 * CREATE_CONTENT on the Page and, where its business asks, two-factor authentication (media_publish doc).
 */
const INHERITED_FROM_PAGE = new Set(['insufficient_page_role', 'two_factor_required']);

function instagramVerdict(own: GraphRead | null, parent: AccountVerdict | undefined, permissions: PermissionState | null, expiresAt: number | null): AccountVerdict {
  if (parent?.kind === 'problem' && INHERITED_FROM_PAGE.has(parent.classification.reason)) return parent;
  if (own?.kind === 'problem') return { kind: 'problem', classification: own.classification };
  const type = own?.kind === 'ok' ? instagramAccountTypeReason(stringField(own.body, 'account_type')) : null;
  if (type === 'instagram_personal_account') return { kind: 'problem', classification: fieldClassification(type) };
  const missing = missingPermissions(permissions, INSTAGRAM_SCOPES);
  if (missing) return { kind: 'problem', classification: missing };
  return type === 'instagram_creator_account' ? { kind: 'ok', expiresAt, warning: type } : { kind: 'ok', expiresAt };
}

/** Interprets every answer of a check. */
export function interpretFacebookCheck(grant: GrantInput, answers: Answers, options: ReadOptions): FacebookReport {
  const read = (network: 'facebook' | 'instagram', answer: WireInput | undefined): GraphRead | null => (answer ? readGraphAnswer(network, answer, options) : null);
  const me = read('facebook', find(answers, 'me')) ?? { kind: 'problem', classification: fieldClassification('transient_provider_error') };
  const pages = read('facebook', find(answers, 'pages')) ?? me;
  const debug = read('facebook', find(answers, 'debug_token'));
  const permissions = readPermissions(read('facebook', find(answers, 'permissions')));
  const expiries = readExpiries(grant, debug);
  const accounts = new Map<string, AccountVerdict>();
  const failure = grantProblem(me, pages, debug, options);
  if (failure) return { grant: { kind: 'problem', classification: failure }, accounts, expiries, permissions };

  const pagesBody = pages.kind === 'ok' ? pages.body : {};
  const listed = new Map(objectArray(pagesBody, 'data').map((p) => [stringField(p, 'id') ?? '', p]));
  const complete = !(isObject(pagesBody.paging) && typeof pagesBody.paging.next === 'string');
  const expiresAt = typeof expiries.access === 'number' ? expiries.access : null;
  for (const account of grant.accounts.filter((a) => a.provider === 'facebook')) {
    const id = account.networkAccountId;
    accounts.set(id, pageVerdict(id, listed, complete, read('facebook', find(answers, 'page', id)), permissions, expiresAt));
  }
  for (const account of grant.accounts.filter((a) => a.provider === 'instagram')) {
    const parent = account.parentNetworkId ? accounts.get(account.parentNetworkId) : undefined;
    accounts.set(account.networkAccountId, instagramVerdict(read('instagram', find(answers, 'instagram', account.networkAccountId)), parent, permissions, expiresAt));
  }
  return { grant: { kind: 'ok' }, accounts, expiries, permissions };
}
