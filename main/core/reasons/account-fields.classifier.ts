/**
 * Reasons that come from an account's own fields in a successful answer, not from an error: an unpublished
 * Page, an Instagram Creator or personal account, a `debug_token` that says "invalid" without an error.
 * Exported one by one too, so the validation engine can apply them to each Page of a `/me/accounts` list.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';
import { isInvalidDebugToken } from './graph-error.parser';
import { type JsonObject, stringField } from './response-body';
import type { Verdict } from './verdict';

/**
 * A Page's `is_published` field ("Indicates whether the Page is published and visible to non-admins", facts
 * b.4): false means page_restricted. The Page object has no `restrictions` field (Meta's SDK; it belongs to
 * App), so other restrictions show only as errors on the Page's own token (368 and its subcodes).
 */
export function pageRestrictionReason(page: JsonObject): ReasonId | null {
  return page.is_published === false ? 'page_restricted' : null;
}

/**
 * An Instagram account type (`account_type`, Instagram API with Instagram Login only, facts b.5: the IG User
 * under Facebook Login has no such field, so Tether never asks for it there): `MEDIA_CREATOR`
 * is a Creator (a warning: publishing works, Stories and product tags don't, facts Surprises 1);
 * `PERSONAL` is the third value of the same field in Instagram's Basic Display API, meaning a personal account.
 * `BUSINESS`, anything else and a missing value say nothing.
 */
export function instagramAccountTypeReason(accountType: string | null): ReasonId | null {
  const type = accountType?.toUpperCase();
  if (type === 'MEDIA_CREATOR') return 'instagram_creator_account';
  if (type === 'PERSONAL') return 'instagram_personal_account';
  return null;
}

/** The verdict a successful Graph answer carries in its fields, or null when it carries none. */
export function classifyAccountFields(body: JsonObject): Verdict | null {
  if (isInvalidDebugToken(body)) return { reason: 'invalid_token_other' };
  const reason = pageRestrictionReason(body) ?? instagramAccountTypeReason(stringField(body, 'account_type'));
  return reason ? { reason } : null;
}
