/**
 * Which Pages and Instagram accounts a login covers, read per permission from `debug_token`'s
 * `granular_scopes[].target_ids` (facts b.1). Only available when the user's Meta app secret is set (debug_token
 * needs an app token).
 *
 * Each permission carries its own list, and the lists differ: a live probe on v25.0 (teodorlilov/kontuur-app,
 * docs/META-FB-PROBE.md) shows pages_show_list, pages_read_engagement and pages_manage_posts naming one Page while
 * pages_manage_metadata still names another from an earlier consent ("grants accumulate per asset"), and
 * instagram_basic with no `target_ids` at all while Instagram works: an absent list means every asset. So no
 * permission's list may stand in for another's, and a union of them means nothing.
 */
import { isObject, stringField } from '../../reasons/response-body';
import { objectArray, stringArray, type GraphRead } from './graph-answers';

/** The detail of a verdict for an asset the person didn't share in the dialog. */
export const NOT_SHARED = "Not shared with Tether in Facebook's dialog";

/** One permission's assets: every asset (granted without `target_ids`), or the ids it lists. */
export type AssetGrant = 'all' | ReadonlySet<string>;

/** The assets of each permission debug_token shows, by permission name. A permission it doesn't show isn't granted. */
export type GrantedAssets = ReadonlyMap<string, AssetGrant>;

/** The permission that puts a Page in the person's list and lets Tether read it: its list is the dialog's Page pick. */
export const PAGE_PICK_PERMISSION = 'pages_show_list';
/** The permission whose list is the dialog's Instagram pick. */
export const INSTAGRAM_PICK_PERMISSION = 'instagram_basic';

function ids(value: unknown[]): string[] {
  // target_ids are strings in real payloads and numbers in the reference shape (facts b.1): take both.
  return [...stringArray(value), ...value.filter((v): v is number => typeof v === 'number').map(String)];
}

/** Every permission of debug_token's granular_scopes with its assets, or null when debug_token gave none. */
export function grantedAssets(debug: GraphRead | null): GrantedAssets | null {
  const data = debug?.kind === 'ok' && isObject(debug.body.data) ? debug.body.data : null;
  if (!data || !Array.isArray(data.granular_scopes)) return null;
  const grants = new Map<string, AssetGrant>();
  for (const entry of objectArray(data, 'granular_scopes')) {
    const scope = stringField(entry, 'scope');
    if (!scope) continue;
    // Empty and absent are different answers (the probe): [] names no asset, absent names them all.
    grants.set(scope, Array.isArray(entry.target_ids) ? new Set(ids(entry.target_ids)) : 'all');
  }
  return grants;
}

/**
 * Whether `permission` was granted for asset `id`: true or false when debug_token says, null when it can't tell
 * (no debug_token, or the permission isn't granted at all, which /me/permissions reports on its own).
 */
export function grantCovers(grants: GrantedAssets | null, permission: string, id: string): boolean | null {
  const grant = grants?.get(permission);
  if (grant === undefined) return null;
  return grant === 'all' || grant.has(id);
}

/** The assets `permission` names one by one, or [] when it covers every asset or isn't granted. */
export function listedTargets(grants: GrantedAssets | null, permission: string): string[] {
  const grant = grants?.get(permission);
  return grant === undefined || grant === 'all' ? [] : [...grant];
}
