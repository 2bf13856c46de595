/**
 * One Page's and one Instagram account's verdict from a check's answers. Restrictions come from what Graph
 * really shows: `is_published` and errors on the Page's own token (368 with its subcodes, via the classifier);
 * Instagram's state from its node's answer and from its Page's `instagram_business_account`.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import type { Classification } from '../../reasons/classification';
import { pageRestrictionReason } from '../../reasons/account-fields.classifier';
import type { JsonObject } from '../../reasons/response-body';
import { fieldClassification } from '../field-classification';
import type { PermissionState } from '../provider';
import { stringArray, type GraphRead } from './graph-answers';
import { NOT_SHARED } from './granular-scopes';
import { canPublish, INSTAGRAM_SCOPES, missingScopes, PAGE_SCOPES } from './facebook-scopes';
import { linkedInstagramId } from './listed-accounts';

/** What the grant-wide answers say that every Page and Instagram verdict reads. */
export interface CheckContext {
  /** Pages of /me/accounts by id; null when the user token could not read the list (its login expired). */
  readonly listed: ReadonlyMap<string, JsonObject> | null;
  /** True when `listed` holds every page of results. */
  readonly complete: boolean;
  /** Pages the login was granted for (debug_token target_ids), or null when unknown. */
  readonly selected: ReadonlySet<string> | null;
  readonly permissions: PermissionState | null;
  readonly expiresAt: number | null;
}

const problem = (c: Classification): AccountVerdict => ({ kind: 'problem', classification: c });

function missingPermissions(permissions: PermissionState | null, required: readonly string[]): Classification | null {
  if (!permissions) return null;
  const missing = missingScopes(required, permissions.granted);
  return missing.length > 0 ? fieldClassification('missing_permissions', `Missing: ${missing.join(', ')}`) : null;
}

/**
 * A Page missing from a complete /me/accounts: left unticked at sign-in when debug_token's target_ids leave
 * it out, a lost role when they still name it, and ambiguous without debug_token.
 */
function absentPage(pageId: string, selected: ReadonlySet<string> | null): Classification {
  if (!selected) return fieldClassification('page_not_listed', 'The Page is no longer among the Pages of this login');
  if (!selected.has(pageId)) return fieldClassification('page_not_selected', 'The Page was not selected when this login was made');
  return fieldClassification('insufficient_page_role', 'The Page is no longer among your Pages');
}

/** A Page's verdict: its own Page-token answer first (492, 2FA, 368), then its row in the list. */
export function pageVerdict(pageId: string, own: GraphRead | null, check: CheckContext): AccountVerdict {
  // Left unticked in the dialog: whatever its Page token answers now, one reconnect with it ticked fixes it.
  if (check.selected && !check.selected.has(pageId)) return problem(fieldClassification('page_not_selected', NOT_SHARED));
  if (own?.kind === 'problem' && (own.classification.permanent || own.classification.reason !== 'not_a_disconnect')) return problem(own.classification);
  if (!check.listed) {
    // The login's user token expired: the Page token (no expiry from a long-lived login) answered for the Page.
    return own?.kind === 'ok' ? { kind: 'ok', expiresAt: null } : problem(fieldClassification('token_expired', 'The Facebook login expired'));
  }
  const page = check.listed.get(pageId);
  if (!page) return check.complete ? problem(absentPage(pageId, check.selected)) : { kind: 'ok', expiresAt: check.expiresAt };
  if (!canPublish(stringArray(page.tasks)))
    return problem(fieldClassification('insufficient_page_role', `Tasks: ${stringArray(page.tasks).join(', ') || 'none'}`));
  const restricted = pageRestrictionReason(page);
  if (restricted) return problem(fieldClassification(restricted, 'The Page is unpublished'));
  const missing = missingPermissions(check.permissions, PAGE_SCOPES);
  return missing ? problem(missing) : { kind: 'ok', expiresAt: check.expiresAt };
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
  return fieldClassification('instagram_unlinked', now ? `The Page now links Instagram account ${now}` : 'The Page links no Instagram account');
}

/** An Instagram account's verdict. */
export function instagramVerdict(
  instagramId: string,
  parentId: string | null,
  own: GraphRead | null,
  parent: AccountVerdict | undefined,
  check: CheckContext,
): AccountVerdict {
  if (parent?.kind === 'problem' && INHERITED_FROM_PAGE.has(parent.classification.reason)) return parent;
  const gone = unlinked(own, instagramId, parentId, check);
  if (gone) return problem(gone);
  if (own?.kind === 'problem') return problem(own.classification);
  const missing = missingPermissions(check.permissions, INSTAGRAM_SCOPES);
  return missing ? problem(missing) : { kind: 'ok', expiresAt: check.expiresAt };
}
