/**
 * One Page's and one Instagram account's verdict from a check's answers. A verdict rests on evidence about that
 * account, never on a list leaving it out: `/me/accounts` omits Pages reached through a Business portfolio (v17.0
 * changelog, quoted in fbsamples/reels_publishing_apis#38; a live v25.0 probe in teodorlilov/kontuur-app got an empty
 * list for a Page that was readable and publishable), so a Page whose own token answers is connected. Each verdict
 * names the signal that decided it, for the support line.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import type { Classification } from '../../reasons/classification';
import { pageRestrictionReason } from '../../reasons/account-fields.classifier';
import type { JsonObject } from '../../reasons/response-body';
import { decidedBy, fieldClassification } from '../field-classification';
import type { PermissionState } from '../provider';
import { stringArray, type GraphRead } from './graph-answers';
import { grantCovers, INSTAGRAM_PICK_PERMISSION, NOT_SHARED, PAGE_PICK_PERMISSION, type GrantedAssets } from './granular-scopes';
import { canPublish, INSTAGRAM_SCOPES, missingScopes, PAGE_SCOPES } from './facebook-scopes';
import { linkedInstagramId } from './listed-accounts';
import { SIGNALS } from './facebook-signals';

/** What the grant-wide answers say that every Page and Instagram verdict reads. */
export interface CheckContext {
  /** Pages of /me/accounts by id; null when the user token could not read the list (its login expired). */
  readonly listed: ReadonlyMap<string, JsonObject> | null;
  /** True when `listed` holds every page of results. */
  readonly complete: boolean;
  /** Each permission's assets (debug_token granular_scopes), or null when unknown. */
  readonly grants: GrantedAssets | null;
  readonly permissions: PermissionState | null;
  readonly expiresAt: number | null;
}

const problem = (c: Classification): AccountVerdict => ({ kind: 'problem', classification: c });

function missingPermissions(permissions: PermissionState | null, required: readonly string[]): Classification | null {
  if (!permissions) return null;
  const missing = missingScopes(required, permissions.granted);
  return missing.length > 0 ? fieldClassification('missing_permissions', `Missing: ${missing.join(', ')}`, SIGNALS.permissions) : null;
}

/** A problem the Page's own token answered that is about the connection (not a request or content error). */
function ownProblem(own: GraphRead | null): Classification | null {
  if (own?.kind !== 'problem') return null;
  const c = own.classification;
  if (!c.permanent && c.reason === 'not_a_disconnect') return null;
  // A signal already set (a re-check confirmed it) says more than "the Page's own token".
  return c.provider.signal ? c : decidedBy(c, SIGNALS.pageToken);
}

/** The fields of a Page Tether can see (a /me/accounts row, or the Page's own answer): role, publishing state, permissions. */
function pageFieldsVerdict(page: JsonObject, check: CheckContext, from: string): AccountVerdict {
  // Only a task list Graph sent is evidence about the role; a Page read without one says nothing about it.
  if (Array.isArray(page.tasks) && !canPublish(stringArray(page.tasks))) {
    return problem(fieldClassification('insufficient_page_role', `Tasks: ${stringArray(page.tasks).join(', ') || 'none'}`, SIGNALS.pageTasks));
  }
  const restricted = pageRestrictionReason(page);
  if (restricted) return problem(fieldClassification(restricted, 'The Page is unpublished', `is_published on ${from}`));
  const missing = missingPermissions(check.permissions, PAGE_SCOPES);
  return missing ? problem(missing) : { kind: 'ok', expiresAt: check.expiresAt };
}

/** Problems about the person on the Page that no dialog choice can fix: they outrank "not selected". */
const PERSON_ON_PAGE = new Set(['insufficient_page_role', 'two_factor_required']);

/**
 * A Page's verdict. A Page whose own token doesn't work is judged by what explains it: a lost role or 2FA (492,
 * 415) first; then the login's pages_show_list target_ids leaving it out (unticked at the last sign-in: the old
 * Page token's failure, 458 after an app removal for one, is explained by that); then the token's own error. A
 * working Page is judged by its row in /me/accounts, or by its own answer when the list leaves it out. Only a Page
 * absent AND unreadable is judged missing.
 */
export function pageVerdict(pageId: string, own: GraphRead | null, check: CheckContext): AccountVerdict {
  const refused = ownProblem(own);
  if (refused && PERSON_ON_PAGE.has(refused.reason)) return problem(refused);
  const leftOut = own?.kind !== 'ok' && grantCovers(check.grants, PAGE_PICK_PERMISSION, pageId) === false;
  if (leftOut && (!refused || refused.permanent)) return problem(fieldClassification('page_not_selected', NOT_SHARED, SIGNALS.pagePick));
  if (refused) return problem(refused);
  if (!check.listed) {
    // The login's user token expired: the Page token (no expiry from a long-lived login) answered for the Page.
    return own?.kind === 'ok' ? { kind: 'ok', expiresAt: null } : problem(fieldClassification('token_expired', 'The Facebook login expired'));
  }
  const row = check.listed.get(pageId);
  if (row) return pageFieldsVerdict(row, check, '/me/accounts');
  if (own?.kind === 'ok') return pageFieldsVerdict(own.body, check, "the Page's own answer");
  // A cut-short list proves nothing about the Pages it didn't reach: try again rather than guess.
  if (!check.complete) return problem(fieldClassification('transient_provider_error', "Facebook's list of Pages was cut short", SIGNALS.unreadable));
  return problem(fieldClassification('page_not_listed', 'The Page is no longer among the Pages of this login', SIGNALS.unreadable));
}

/**
 * Page problems that also block the Instagram account published through the Page: publishing needs MANAGE or
 * CREATE_CONTENT on the Page and, where its business asks, two-factor authentication (media_publish doc).
 */
const INHERITED_FROM_PAGE = new Set(['insufficient_page_role', 'two_factor_required']);

/**
 * Whether the account is still linked to its Page. Under Facebook Login a personal account answers
 * `(#10) … not an Instagram Business` on its node (the classifier's instagram_personal_account) and also leaves
 * the Page's `instagram_business_account`. An account gone from the Page without that error was unlinked.
 * Ambiguity: if Graph ever answered a personal account with the generic (#100) instead, Tether would say
 * "unlinked"; the card tells the user to check the account type too.
 */
function unlinked(own: GraphRead | null, instagramId: string, parentId: string | null, check: CheckContext): Classification | null {
  if (!parentId || !check.listed) return null;
  const page = check.listed.get(parentId);
  if (!page || linkedInstagramId(page) === instagramId) return null;
  if (own?.kind === 'problem' && own.classification.reason === 'instagram_personal_account') return null;
  const now = linkedInstagramId(page);
  return fieldClassification(
    'instagram_unlinked',
    now ? `The Page now links Instagram account ${now}` : 'The Page links no Instagram account',
    SIGNALS.instagramLink,
  );
}

/**
 * An Instagram account's verdict. A missing permission comes before "unlinked": without instagram_basic the
 * account looks unlinked too (design.md §4), and a reconnect that grants it fixes that, where relinking in
 * Business Suite would not.
 */
export function instagramVerdict(
  instagramId: string,
  parentId: string | null,
  own: GraphRead | null,
  parent: AccountVerdict | undefined,
  check: CheckContext,
): AccountVerdict {
  if (parent?.kind === 'problem' && INHERITED_FROM_PAGE.has(parent.classification.reason)) return parent;
  // Left out of instagram_basic's own list, and its node doesn't answer: a permission left out, fixed by a reconnect.
  if (own?.kind !== 'ok' && grantCovers(check.grants, INSTAGRAM_PICK_PERMISSION, instagramId) === false) {
    return problem(fieldClassification('missing_permissions', NOT_SHARED, SIGNALS.instagramPick));
  }
  const missing = missingPermissions(check.permissions, INSTAGRAM_SCOPES);
  if (missing) return problem(missing);
  const gone = unlinked(own, instagramId, parentId, check);
  if (gone) return problem(gone);
  if (own?.kind === 'problem') return problem(own.classification.provider.signal ? own.classification : decidedBy(own.classification, SIGNALS.instagramNode));
  return { kind: 'ok', expiresAt: check.expiresAt };
}
